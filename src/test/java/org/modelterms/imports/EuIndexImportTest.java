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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.modelterms.imports.cli.ImportCommand;
import org.modelterms.testing.Fixtures;
import org.modelterms.testing.TestIdentities;
import org.modelterms.testing.ThirdPartyData;

/** European Open Source AI Index ratings attach to the registry models they describe. */
@QuarkusTest
class EuIndexImportTest {

  static final Path INDEX = ThirdPartyData.bundled("eu-osai-index");

  @TestHTTPResource("/graphql")
  URL graphql;

  private String run(Path directory) {
    return run("import", "eu-index", directory.toString(), "--url", graphql.toString());
  }

  private String run(String... args) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int exit =
        new ImportCommand(
                new PrintStream(buffer, true, StandardCharsets.UTF_8),
                TestIdentities.bearer("test-admin", "admin"))
            .run(args);
    String output = buffer.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(output).isZero();
    return output;
  }

  @Test
  void ratingsAttachByHuggingFaceIdWithAttribution() throws IOException {
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
  void theBundledIndexImportsWithoutADirectoryAndUnmatchedEntriesAreReported() {
    String output = run("import", "eu-index", "--url", graphql.toString());
    assertThat(output)
        .contains("Importing the snapshot of the European Open Source AI Index bundled")
        .contains("Imported 193 files:")
        .contains(" 0 rejected")
        .contains("UNMATCHED");
    // The same files, read from the project's directory, match the same models: none is new.
    // (Not all UNCHANGED: files matching one model, CodeUp and OpenChat both naming Llama 3 8B,
    // replace each other's ratings on every run.)
    String again = run(INDEX);
    assertThat(again).contains("Imported 193 files: 0 created, ").contains(" 0 rejected");
    assertThat(unmatched(again)).isEqualTo(unmatched(output));
  }

  private static int unmatched(String output) {
    Matcher m = Pattern.compile("(\\d+) unmatched, ").matcher(output);
    assertThat(m.find()).as(output).isTrue();
    return Integer.parseInt(m.group(1));
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
