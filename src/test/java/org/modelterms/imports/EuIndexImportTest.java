package org.modelterms.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.Fixtures.unique;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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
import org.modelterms.imports.cli.ImportCommand;
import org.modelterms.testing.Fixtures;
import org.modelterms.testing.TestIdentities;

/** European Open Source AI Index ratings attach to the registry models they describe. */
@QuarkusTest
class EuIndexImportTest {

  static final Path INDEX = Path.of("..", "shared", "data", "eu-osai-index");

  @TestHTTPResource("/graphql")
  URL graphql;

  private String run(Path directory) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int exit =
        new ImportCommand(
                new PrintStream(buffer, true, StandardCharsets.UTF_8),
                TestIdentities.bearer("test-admin", "admin"))
            .run("import", "eu-index", directory.toString(), "--url", graphql.toString());
    String output = buffer.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(output).isZero();
    return output;
  }

  @Test
  void ratingsAttachByHuggingFaceIdWithAttribution() throws IOException {
    assertThat(INDEX).as("the shared data sets beside the checkout").isDirectory();
    String provider = Fixtures.organization("meta-" + unique());
    JsonPath registered =
        Fixtures.registerModel(
            Map.of(
                "slug",
                "llama-3.1-8b-eu-" + unique(),
                "name",
                "Llama 3.1 8B",
                "huggingFaceId",
                "meta-llama/Meta-Llama-3.1-8B",
                "provider",
                provider));
    assertThat(registered.getList("data.modelRegister.userErrors")).isEmpty();
    Path one = Files.createTempDirectory("eu-index");
    Files.copy(INDEX.resolve("llama-3.1.yaml"), one.resolve("llama-3.1.yaml"));

    assertThat(run(one)).contains("llama-3.1.yaml: CREATED");
    assertThat(run(one)).contains("llama-3.1.yaml: UNCHANGED");

    JsonPath r =
        query(
            """
            query($h: String) {
              model(huggingFaceId: $h) {
                externalRatings {
                  dataset { name version license url attribution citation }
                  entryName sourceUrl
                  ratings { dimension name group rating links notes }
                }
              }
            }
            """,
            "h",
            "meta-llama/meta-llama-3.1-8b");
    JsonPath rating = r.setRootPath("data.model.externalRatings[0]");
    assertThat(rating.getString("dataset.name")).isEqualTo("European Open Source AI Index");
    assertThat(rating.getString("dataset.version")).isEqualTo("5a388e871b88");
    assertThat(rating.getString("dataset.license")).isEqualTo("CC-BY-4.0");
    assertThat(rating.getString("dataset.attribution")).contains("https://osai-index.eu/");
    assertThat(rating.getString("dataset.citation")).contains("Liesenfeld");
    assertThat(rating.getString("entryName")).isEqualTo("Llama 3.1");
    assertThat(rating.getString("sourceUrl")).contains("5a388e871b88").endsWith("llama-3.1.yaml");
    List<Map<String, Object>> ratings = rating.getList("ratings");
    assertThat(ratings).hasSize(12);
    assertThat(ratings)
        .anySatisfy(
            d -> {
              assertThat(d.get("dimension")).isEqualTo("WEIGHTS_BASEMODEL");
              assertThat(d.get("rating")).isEqualTo("PARTIAL");
              assertThat(d.get("group")).isEqualTo("AVAILABILITY");
            });
  }

  @Test
  void theWholeIndexImportsAndUnmatchedEntriesAreReported() {
    String output = run(INDEX);
    assertThat(output)
        .contains("Imported 193 files:")
        .contains(" 0 rejected")
        .contains("UNMATCHED");
  }

  @Test
  void malformedFilesAreRefusedWithTheLine() {
    JsonPath r =
        query(
            """
            mutation($input: EuIndexImportInput!) {
              euIndexImport(input: $input) { outcome userErrors { message code } }
            }
            """,
            "input",
            Map.of(
                "fileName", "broken.yaml",
                "yaml", "system:\n  name: Broken\nsystem:\n  name: Again\n"));
    assertThat(r.getString("data.euIndexImport.userErrors[0].code")).isEqualTo("INVALID_FORMAT");
    assertThat(r.getString("data.euIndexImport.userErrors[0].message")).startsWith("Line ");
    JsonPath incomplete =
        query(
            """
            mutation($input: EuIndexImportInput!) {
              euIndexImport(input: $input) { outcome userErrors { message code } }
            }
            """,
            "input",
            Map.of("fileName", "../../etc/passwd.yaml", "yaml", "system:\n  name: X\n"));
    assertThat(incomplete.getString("data.euIndexImport.userErrors[0].code"))
        .isEqualTo("INVALID_FORMAT");
  }
}
