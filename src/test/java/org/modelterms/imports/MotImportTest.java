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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.assessments.mof.MotModelFile;
import org.modelterms.imports.cli.ImportCommand;
import org.modelterms.testing.Database;
import org.modelterms.testing.TestIdentities;

/**
 * Model Openness Tool files go in through the import command and the real API; the registry then
 * computes exactly the class and progress the tool itself reported.
 */
@QuarkusTest
class MotImportTest {

  static final Path MOT = Path.of("..", "shared", "data", "mot");

  @TestHTTPResource("/graphql")
  URL graphql;

  @Inject AgroalDataSource dataSource;

  private String runImport(String directory, int expectedExit) {
    assertThat(MOT).as("the shared data sets beside the checkout").isDirectory();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int exit =
        new ImportCommand(
                new PrintStream(buffer, true, StandardCharsets.UTF_8),
                TestIdentities.bearer("test-admin", "admin"))
            .run("import", "mot", MOT.resolve(directory).toString(), "--url", graphql.toString());
    String output = buffer.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(output).isEqualTo(expectedExit);
    return output;
  }

  @Test
  void testDataGivesTheToolsOwnResults() throws IOException {
    String first = runImport("test-data", 0);
    assertThat(first).contains("[ 1/27]").contains("Imported 27 files:").contains("0 rejected");
    String again = runImport("test-data", 0);
    assertThat(again).contains("0 created, 0 updated, 27 unchanged, 0 unmatched, 0 rejected");

    JsonNode expected =
        JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build()
            .readTree(MOT.resolve("test-data/expected_results.json").toFile());
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
  void all273ModelFilesImport() throws IOException {
    String output = runImport("models", 0);
    assertThat(output).contains("Imported 273 files:").contains(" 0 rejected");

    MotModelFile pythia = MotModelFile.read(MOT.resolve("models/Pythia-1.4B.yml"));
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
    assertThat(Files.exists(MOT)).isTrue();
  }
}
