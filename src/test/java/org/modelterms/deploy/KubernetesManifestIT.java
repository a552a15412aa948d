package org.modelterms.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manifests the build generates are what docs/operations.md promises. */
class KubernetesManifestIT {

  @Test
  void theDeploymentRunsStatelessReplicasWithProbesResourcesAndASecret() throws Exception {
    List<JsonNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> it =
        new ObjectMapper(new YAMLFactory())
            .readerFor(JsonNode.class)
            .readValues(Path.of("target", "kubernetes", "kubernetes.yml").toFile())) {
      it.forEachRemaining(documents::add);
    }
    List<String> kinds = documents.stream().map(d -> d.path("kind").asText()).toList();
    assertThat(kinds).contains("Deployment", "Service").doesNotContain("Job", "ServiceMonitor");

    JsonNode deployment =
        documents.stream()
            .filter(d -> d.path("kind").asText().equals("Deployment"))
            .findFirst()
            .orElseThrow();
    assertThat(deployment.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
    JsonNode container = deployment.at("/spec/template/spec/containers/0");
    assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
    assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
    assertThat(container.at("/resources/requests/memory").asText()).isNotEmpty();
    assertThat(container.at("/resources/requests/cpu").asText()).isNotEmpty();
    assertThat(container.at("/envFrom/0/secretRef/name").asText()).isEqualTo("modelterms");
    List<String> env = new ArrayList<>();
    container
        .path("env")
        .forEach(e -> env.add(e.path("name").asText() + "=" + e.path("value").asText()));
    assertThat(env).contains("MODELTERMS_EMBEDDED_ENABLED=false", "MODELTERMS_AUTH_OIDC=true");
  }
}
