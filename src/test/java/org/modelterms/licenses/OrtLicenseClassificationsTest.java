package org.modelterms.licenses;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ORT license-classifications.yml served over HTTP, read back as ORT would read it. */
@QuarkusTest
class OrtLicenseClassificationsTest {

  @Inject EntityManager em;

  @Transactional
  List<String> registryLicences() {
    return em.createNativeQuery("select key from license", String.class).getResultList();
  }

  @Test
  void everyRegistryLicenceIsClassifiedUnderDeclaredCategories() throws Exception {
    String body =
        given()
            .when()
            .get(OrtClassificationsRoute.PATH)
            .then()
            .statusCode(200)
            .contentType("application/yaml")
            .extract()
            .asString();
    JsonNode file = new YAMLMapper().readTree(body);
    Set<String> categories = new HashSet<>();
    file.get("categories").forEach(c -> categories.add(c.get("name").asText()));
    assertThat(categories).contains("responsible-ai", "permissive", "scancode-proprietary-free");

    Map<String, List<String>> byId = new HashMap<>();
    for (JsonNode entry : file.get("categorizations")) {
      List<String> of = new ArrayList<>();
      entry.get("categories").forEach(c -> of.add(c.asText()));
      assertThat(categories).as(entry.toString()).containsAll(of);
      assertThat(byId.put(entry.get("id").asText(), of)).as("listed once").isNull();
    }
    assertThat(byId.keySet()).containsAll(registryLicences());
    assertThat(byId.get("LicenseRef-Llama-3.1-Community-License"))
        .containsExactly("responsible-ai", "scancode-proprietary-free");
    assertThat(byId.get("LicenseRef-scancode-llama-3.1-license-2024"))
        .containsExactly("responsible-ai", "scancode-proprietary-free");
    assertThat(byId.get("Apache-2.0")).containsExactly("permissive", "scancode-permissive");
    assertThat(byId.get("LicenseRef-Mistral-MNPL-0.1")).containsExactly("non-commercial");
  }
}
