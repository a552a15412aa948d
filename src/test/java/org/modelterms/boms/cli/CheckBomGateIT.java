package org.modelterms.boms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.modelterms.embedded.EmbeddedDatabase;
import org.modelterms.testing.PackagedInstances;

/**
 * The {@code check-bom} gate as a pipeline runs it: {@code java -jar quarkus-run.jar check-bom …}
 * as a process against one packaged registry, its exit codes and output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckBomGateIT {

  private EmbeddedDatabase database;
  private final PackagedInstances instances = new PackagedInstances("check-bom");
  private String url;
  private Path dir;

  /** What a run of the gate gave. */
  record Run(int exit, String out, String err) {}

  @BeforeAll
  void startOneRegistry() throws Exception {
    database =
        EmbeddedDatabase.start(
            Files.createTempDirectory("modelterms-it-pg"),
            0,
            EmbeddedDatabase.Durability.THROWAWAY);
    int port =
        instances.start(
            Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL",
                database.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME",
                EmbeddedDatabase.USER,
                "QUARKUS_DATASOURCE_PASSWORD",
                ""));
    instances.awaitReady(port);
    url = "http://localhost:" + port + "/graphql";
    dir = Files.createTempDirectory("check-bom");
  }

  @AfterAll
  void stop() {
    instances.close();
    if (database != null) {
      database.stop();
    }
  }

  @Test
  void aPermittedApacheModelPasses() throws Exception {
    Run run =
        gate(
            file("permitted.txt", "openai/gpt-oss-120b\n"),
            "--use",
            "COMMERCIAL",
            "--actor",
            "COMPANY",
            "--country",
            "DE");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("gpt-oss-120b", "MODEL", "PERMITTED")
        .contains("1 pass")
        .contains("exit 0");
  }

  @Test
  void aLlamaModelForMilitaryUseStopsThePipelineUnlessThePolicyAllowsIt() throws Exception {
    Path llama = file("llama.txt", "meta-llama/Llama-3.2-3B\n");
    Run run = gate(llama, "--use", "MILITARY", "--actor", "COMPANY", "--country", "DE");
    assertThat(run.exit()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("PROHIBITED (deny)").contains("1 denied");
    Path allow = file("allow.yml", "uses:\n  MILITARY:\n    verdicts:\n      PROHIBITED: allow\n");
    Run allowed =
        gate(
            llama,
            "--use",
            "MILITARY",
            "--actor",
            "COMPANY",
            "--country",
            "DE",
            "--policy",
            allow.toString());
    assertThat(allowed.exit()).as(allowed.toString()).isZero();
  }

  @Test
  void aPolicyCategoryRuleStopsAModelTheRegistryPermits() throws Exception {
    Path policy =
        file(
            "no-permissive.yml",
            "default: verdicts\nuses:\n  COMMERCIAL:\n    categories:\n      Permissive: approval\n");
    Run run =
        gate(
            file("permitted.txt", "openai/gpt-oss-120b\n"),
            "--use",
            "COMMERCIAL",
            "--actor",
            "COMPANY",
            "--policy",
            policy.toString());
    assertThat(run.exit()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("PERMITTED (approval)").contains("1 need approval");
  }

  @Test
  void unresolvedModelsRefusedDocumentsBadPoliciesAndNoRegistryCannotTell() throws Exception {
    Run unresolved = gate(file("unknown.txt", "acme/not-a-model\n"), "--use", "COMMERCIAL");
    assertThat(unresolved.exit()).as(unresolved.toString()).isEqualTo(2);
    assertThat(unresolved.out()).contains("UNRESOLVED (UNKNOWN_MODEL)").contains("1 unresolved");

    Run malformed =
        gate(file("bom.cdx.json", "{\"bomFormat\": \"CycloneDX\", "), "--use", "COMMERCIAL");
    assertThat(malformed.exit()).as(malformed.toString()).isEqualTo(2);
    assertThat(malformed.err()).contains("BOM_MALFORMED");

    Path typo = file("typo.yml", "uses:\n  COMMERCIAL:\n    verdict:\n      CONDITIONAL: deny\n");
    Run badPolicy =
        gate(
            file("permitted.txt", "openai/gpt-oss-120b\n"),
            "--use",
            "COMMERCIAL",
            "--policy",
            typo.toString());
    assertThat(badPolicy.exit()).isEqualTo(2);
    assertThat(badPolicy.err()).contains("line 3").contains("verdict");

    Run badUse = gate(file("permitted.txt", "openai/gpt-oss-120b\n"), "--use", "DANCING");
    assertThat(badUse.exit()).isEqualTo(2);
    assertThat(badUse.err()).contains("INVALID_ARGUMENT");

    Run nowhere =
        run(
            List.of(
                "check-bom",
                file("permitted.txt", "openai/gpt-oss-120b\n").toString(),
                "--url",
                "http://localhost:" + PackagedInstances.freePort()));
    assertThat(nowhere.exit()).isEqualTo(2);
    assertThat(nowhere.err()).contains("Cannot reach the registry");
  }

  @Test
  void sarifOutputIsTheSarifForCodeScanningWithTheExitCodeOfTheGate() throws Exception {
    Run run =
        gate(
            file("llama.txt", "meta-llama/Llama-3.2-3B\n"),
            "--use",
            "MILITARY",
            "--actor",
            "COMPANY",
            "--output",
            "sarif");
    assertThat(run.exit()).isEqualTo(1);
    JsonNode sarif = new ObjectMapper().readTree(run.out());
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.at("/runs/0/results/0/level").asText()).isEqualTo("error");
    assertThat(
            sarif
                .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
                .asText())
        .endsWith("llama.txt");
    assertThat(run.err()).contains("1 denied");
  }

  private Run gate(Path file, String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("check-bom", file.toString(), "--url", url));
    args.addAll(List.of(options));
    return run(args);
  }

  private Run run(List<String> args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("target", "quarkus-app", "quarkus-run.jar").toString()));
    command.addAll(args);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the gate ends").isTrue();
    Run run =
        new Run(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    // the report shows what the gate printed, for a failure in CI to be read without a rerun
    System.out.printf(
        "$ %s%n%s%s(exit %d)%n", String.join(" ", args), run.out(), run.err(), run.exit());
    return run;
  }

  private Path file(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
