package org.modelterms.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.assessments.mof.MotModelFile;
import org.modelterms.imports.cli.ImportCommand;
import org.modelterms.testing.Database;
import org.modelterms.testing.TestIdentities;
import org.modelterms.testing.ThirdPartyData;

/**
 * Model Openness Tool files go in through the import command and the real API; the registry then
 * computes exactly the class and progress the tool itself reported.
 */
@QuarkusTest
class MotImportTest {

  /** The model files the application bundles, as a directory of the project. */
  static final Path MODELS = ThirdPartyData.bundled("mot").resolve("models");

  static final Path TEST_DATA = ThirdPartyData.testOnly("mot").resolve("test-data");

  @TestHTTPResource("/graphql")
  URL graphql;

  @Inject AgroalDataSource dataSource;

  /** Runs {@code import mot} with these arguments after it, against the test registry. */
  private String runImport(int expectedExit, String... arguments) {
    List<String> args = new ArrayList<>(List.of("import", "mot"));
    args.addAll(List.of(arguments));
    args.addAll(List.of("--url", graphql.toString()));
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int exit =
        new ImportCommand(
                new PrintStream(buffer, true, StandardCharsets.UTF_8),
                TestIdentities.bearer("test-admin", "admin"))
            .run(args.toArray(String[]::new));
    String output = buffer.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(output).isEqualTo(expectedExit);
    return output;
  }

  @Test
  void testDataGivesTheToolsOwnResults() throws IOException {
    String first = runImport(0, TEST_DATA.toString());
    assertThat(first).contains("[ 1/27]").contains("Imported 27 files:").contains("0 rejected");
    String again = runImport(0, TEST_DATA.toString());
    assertThat(again).contains("0 created, 0 updated, 27 unchanged, 0 unmatched, 0 rejected");

    JsonNode expected =
        JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build()
            .readTree(TEST_DATA.resolve("expected_results.json").toFile());
    int checked = 0;
    for (JsonNode model : expected.path("models")) {
      String name = model.path("release").path("name").asText();
      JsonPath r =
          query(
              "query($s: String) { model(slug: $s) { mof { achievedClass"
                  + " progress { classI classII classIII } } } }",
              "s",
              Slugs.of(name));
      JsonNode classification = model.path("classification");
      int expectedClass = classification.path("class").asInt();
      String achieved = r.getString("data.model.mof.achievedClass");
      assertThat(
              achieved == null
                  ? 0
                  : List.of("CLASS_I", "CLASS_II", "CLASS_III").indexOf(achieved) + 1)
          .as("class of %s", name)
          .isEqualTo(expectedClass);
      JsonNode progress = classification.path("progress");
      assertThat(r.getDouble("data.model.mof.progress.classI"))
          .as("class I progress of %s", name)
          .isEqualTo(progress.path("1").asDouble());
      assertThat(r.getDouble("data.model.mof.progress.classII"))
          .as("class II progress of %s", name)
          .isEqualTo(progress.path("2").asDouble());
      assertThat(r.getDouble("data.model.mof.progress.classIII"))
          .as("class III progress of %s", name)
          .isEqualTo(progress.path("3").asDouble());
      checked++;
    }
    assertThat(checked).isEqualTo(27);
  }

  @Test
  void theBundledSnapshotImportsWithoutADirectoryAndCitesItsUpstreamFiles() throws IOException {
    String output = runImport(0);
    assertThat(output)
        .contains("Importing the snapshot of the Model Openness Tool's model files bundled")
        .contains("Imported 273 files:")
        .contains(" 0 rejected");
    // The same files, read from the project's directory, create nothing new. (Not all UNCHANGED:
    // files that land on one model, Command-R+ and Command-R by slug, the five CodeT5+ files by
    // their shared Hugging Face id, replace each other's facts on every run.)
    assertThat(runImport(0, MODELS.toString()))
        .contains("Imported 273 files: 0 created, ")
        .contains(" 0 unmatched, 0 rejected");

    MotModelFile pythia = MotModelFile.read(MODELS.resolve("Pythia-1.4B.yml"));
    JsonPath r =
        query(
            """
            query($h: String) {
              model(huggingFaceId: $h) {
                name provider { name } sources { source { url confidence } }
                components { kind availability licenseExpression }
                mof {
                  achievedClass
                  classes { mofClass progress met { component license licenseSource } missing { component } }
                  warnings { component license }
                }
              }
            }
            """,
            "h",
            "eleutherai/pythia-1.4b");
    assertThat(r.getString("data.model.name")).isEqualTo(pythia.release().name());
    assertThat(r.getString("data.model.provider.name")).isEqualTo("EleutherAI");
    assertThat(r.getString("data.model.sources[0].source.confidence")).isEqualTo("SECONDARY");
    assertThat(r.getList("data.model.sources.source.url", String.class))
        .contains(
            "https://github.com/lfai/model_openness_tool/blob/"
                + "8b5d30e90a7c62d7d6ece48b91e69ff495920a4d/models/Pythia-1.4B.yml");
    List<Map<String, Object>> classIII = r.getList("data.model.mof.classes[0].met");
    assertThat(classIII)
        .anySatisfy(
            m -> {
              assertThat(m.get("component")).isEqualTo("MODEL_ARCHITECTURE");
              assertThat(m.get("licenseSource")).isEqualTo("DISTRIBUTION");
              assertThat(m.get("license")).isEqualTo("Apache-2.0");
            });
  }

  @Test
  void malformedFilesAreRefusedWithTheLineAndWriteNothing() {
    Map<String, Long> before = Database.rowCounts(dataSource);
    JsonPath r =
        query(
            """
            mutation($input: MotImportInput!) {
              motImport(input: $input) { model { slug } outcome userErrors { field message code } }
            }
            """,
            "input",
            Map.of(
                "yaml",
                """
                framework:
                  name: 'Model Openness Framework'
                release:
                  name: Broken
                  components:
                    -
                      name: 'Model weights'
                """));
    assertThat(r.getString("data.motImport.model")).isNull();
    assertThat(r.getString("data.motImport.userErrors[0].code")).isEqualTo("INVALID_FORMAT");
    assertThat(r.getString("data.motImport.userErrors[0].message")).startsWith("Line 7:");
    assertThat(Database.rowCounts(dataSource)).isEqualTo(before);
  }

  @Test
  void theCommandExplainsItsUsage() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int exit =
        new ImportCommand(
                new PrintStream(buffer, true, StandardCharsets.UTF_8),
                TestIdentities.bearer("test-admin", "admin"))
            .run("import");
    assertThat(exit).isEqualTo(2);
    assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("usage: import mot|eu-index");
  }

  @Test
  void aMissingDirectoryIsRefusedAndWritesNothing() {
    Map<String, Long> before = Database.rowCounts(dataSource);
    String output = runImport(2, TEST_DATA.resolve("absent").toString());
    assertThat(output).startsWith("Cannot read the directory ").doesNotContain("Imported");
    assertThat(Database.rowCounts(dataSource)).isEqualTo(before);
  }
}
