package org.modelterms.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.imports.cli.ImportCommand;
import org.modelterms.testing.TestIdentities;
import org.modelterms.testing.ThirdPartyData;

/** Open Terms Archive records become dated versions that a researcher can diff. */
@QuarkusTest
class OtaImportTest {

  static final Path ARCHIVE = ThirdPartyData.bundled("open-terms-archive");

  @TestHTTPResource("/graphql")
  URL graphql;

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
  void openAisUsagePoliciesShowTheRemovalOfTheMilitaryBan() {
    String first = run("import", "ota", "--url", graphql.toString());
    assertThat(first)
        .contains("Importing the snapshot of the Open Terms Archive records bundled")
        .contains("Imported 143 files:")
        .contains(" 0 rejected");
    // The same records, read from the project's directory, are the ones already imported.
    String again = run("import", "ota", ARCHIVE.toString(), "--url", graphql.toString());
    assertThat(again).contains(" 0 created, 0 updated, 143 unchanged");

    JsonPath openAi =
        query(
            """
            { policyDocument(slug: "openai-acceptable-use-policy") {
                title kind sources { source { publisher url } }
                versions { id label effectiveFrom effectiveTo textSha256 sources { source { url confidence retrievedOn } } }
            } }
            """);
    List<Map<String, Object>> versions = openAi.getList("data.policyDocument.versions");
    assertThat(versions)
        .extracting(v -> v.get("label"))
        .containsExactly("Updated March 23, 2023", "Updated January 10, 2024");
    assertThat(versions)
        .extracting(v -> v.get("effectiveFrom"))
        .containsExactly("2023-03-23", "2024-01-10");
    assertThat(versions.get(0).get("effectiveTo")).isEqualTo("2024-01-10");
    assertThat(openAi.getString("data.policyDocument.sources[0].source.publisher"))
        .contains("Open Terms Archive contributors");

    JsonPath diff =
        query(
            """
            query($against: ID!) { policyDocument(slug: "openai-acceptable-use-policy") {
              versions { diff(against: $against) { removed lines { kind text } } } } }
            """,
            "against",
            versions.get(0).get("id"));
    List<Map<String, Object>> lines = diff.getList("data.policyDocument.versions[1].diff.lines");
    assertThat(lines)
        .anySatisfy(
            l -> {
              assertThat(l.get("kind")).isEqualTo("REMOVED");
              assertThat((String) l.get("text")).contains("Military and warfare");
            });

    JsonPath claude =
        query(
            "{ policyDocument(slug: \"claude.ai-acceptable-use-policy\") { versions { label effectiveFrom } } }");
    assertThat(claude.getString("data.policyDocument.versions[0].effectiveFrom"))
        .isEqualTo("2024-06-06");
  }

  @Test
  void namesThatArePathsAreRefused() {
    JsonPath r =
        query(
            """
            mutation($input: OtaImportInput!) { otaImport(input: $input) { outcome userErrors { field code } } }
            """,
            "input",
            Map.of(
                "service", "../../etc",
                "document", "passwd",
                "recordedAt", "2024-01-01T00:00:00Z",
                "text", "x"));
    assertThat(r.getString("data.otaImport.userErrors[0].code")).isEqualTo("INVALID_FORMAT");
  }
}
