package org.modelterms.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.modelterms.testing.Fixtures.unique;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Fixtures;
import org.modelterms.testing.PolicyFixtures;

/** The operations in docs/queries, which front ends copy, run and return what they promise. */
@QuarkusTest
class DocumentedQueriesTest {

  private static String operation(String name) throws IOException {
    return Files.readString(Path.of("docs", "queries", name + ".graphql"));
  }

  @Test
  void everyDocumentedQueryIsTested() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("docs", "queries"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "catalogue.graphql",
              "model.graphql",
              "license.graphql",
              "licenses.graphql",
              "organization.graphql",
              "model-terms.graphql",
              "compliance.graphql",
              "explorer-catalogue.graphql",
              "explorer-model.graphql",
              "explorer-compare.graphql",
              "explorer-documents.graphql",
              "explorer-document.graphql",
              "explorer-diff.graphql",
              "explorer-compliance.graphql",
              "explorer-bom-check.graphql");
    }
  }

  @Test
  void pagesAnswerFromRegisteredData() throws IOException {
    String provider = Fixtures.organization("docs-" + unique());
    String slug = Fixtures.openModel(provider, "docs-model-" + unique());

    JsonPath catalogue =
        query(operation("catalogue"), "filter", Map.of("provider", provider), "first", 10);
    assertThat(catalogue.getList("data.models.edges.node.slug")).containsExactly(slug);
    assertThat(catalogue.getString("data.models.edges[0].node.license.identifier"))
        .isEqualTo("Apache-2.0");

    JsonPath page = query(operation("model"), "huggingFaceId", "TEST-ORG/" + slug.toUpperCase());
    assertThat(page.getString("data.model.slug")).isEqualTo(slug);
    assertThat(page.getList("data.model.components")).hasSize(3);
    assertThat(page.getString("data.model.sources[0].source.url")).contains(slug);

    JsonPath license = query(operation("license"), "id", "apache-2.0", "first", 100);
    assertThat(license.getString("data.license.identifier")).isEqualTo("Apache-2.0");
    assertThat(license.getInt("data.models.totalCount")).isPositive();

    JsonPath licenses =
        query(operation("licenses"), "filter", Map.of("osiApproved", true, "search", "bsd"));
    assertThat(licenses.getList("data.licenses.nodes.identifier")).contains("BSD-3-Clause");
    assertThat(licenses.getList("data.licenses.nodes.osiApproved")).containsOnly(true);

    JsonPath organization = query(operation("organization"), "slug", provider);
    assertThat(organization.getInt("data.organization.models.totalCount")).isEqualTo(1);
  }

  @Test
  void termsPagesAnswerFromRegisteredTerms() throws IOException {
    String provider = Fixtures.organization("docs-terms-" + unique());
    String slug = Fixtures.openModel(provider, "docs-terms-" + unique());
    String doc =
        PolicyFixtures.document(
            "docs-aup-" + unique(), "USE_POLICY", Map.of("title", "An acceptable use policy"));
    PolicyFixtures.version(
        doc,
        "2024-01-01",
        "2024-01-01",
        List.of(PolicyFixtures.rule("MILITARY", "PROHIBIT", "No military use")),
        null);
    PolicyFixtures.bound(slug, doc, "USE_POLICY", "2024-01-01");

    JsonPath terms =
        query(
            operation("model-terms"),
            "slug",
            slug,
            "on",
            "2024-06-01",
            "actor",
            Map.of("kind", "COMPANY"));
    assertThat(terms.getList("data.model.useTerms")).hasSize(11);
    assertThat(terms.getString("data.model.osaid.verdict")).isNotNull();
    assertThat(terms.getString("data.model.policies[0].document.slug")).isEqualTo(doc);

    JsonPath report =
        query(
            operation("compliance"),
            "models",
            List.of(slug),
            "uses",
            List.of("MILITARY"),
            "on",
            "2024-06-01",
            "actor",
            Map.of("kind", "COMPANY", "country", "US"),
            "model",
            slug,
            "use",
            "MILITARY");
    assertThat(report.getString("data.complianceReport.rows[0].permissions[0].verdict"))
        .isEqualTo("PROHIBITED");
    assertThat(report.getList("data.policyTimeline.verdict"))
        .containsExactly("UNKNOWN", "PROHIBITED");
  }

  @Test
  void theExplorerIsServedTheDocumentedOperationsThemselves() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("docs", "queries"))) {
      for (Path file : files.toList()) {
        given()
            .get("/queries/" + file.getFileName())
            .then()
            .statusCode(200)
            .body(equalTo(Files.readString(file)));
      }
    }
  }

  @Test
  void explorerViewsAnswerFromTheCuratedDataset() throws IOException {
    JsonPath catalogue =
        query(
            operation("explorer-catalogue"),
            "filter",
            Map.of("country", "CN", "search", "deepseek"),
            "first",
            10);
    assertThat(catalogue.getList("data.models.edges.node.slug"))
        .contains("deepseek-v3", "deepseek-r1");
    assertThat(catalogue.getList("data.models.edges.node.osaid.verdict")).doesNotContainNull();
    assertThat(catalogue.getList("data.organizations.nodes.slug")).contains("meta", "deepseek");

    Map<String, Object> government = Map.of("kind", "GOVERNMENT", "country", "US");
    JsonPath before =
        query(
            operation("explorer-model"),
            "slug",
            "llama-3.1-405b",
            "on",
            "2024-10-01",
            "actor",
            government,
            "use",
            "MILITARY");
    assertThat(militaryVerdict(before)).isEqualTo("PROHIBITED");
    assertThat(before.getString("data.model.osaid.verdict")).isEqualTo("DOES_NOT_CONFORM");
    assertThat(before.getList("data.policyTimeline.verdict"))
        .containsSubsequence("PROHIBITED", "PERMITTED");
    JsonPath after =
        query(
            operation("explorer-model"),
            "slug",
            "llama-3.1-405b",
            "on",
            "2024-12-01",
            "actor",
            government,
            "use",
            "MILITARY");
    assertThat(militaryVerdict(after)).isEqualTo("PERMITTED");

    JsonPath compare =
        query(
            operation("explorer-compare"),
            "models",
            List.of("deepseek-v3", "deepseek-r1"),
            "on",
            "2025-06-01",
            "actor",
            null);
    assertThat(compare.getList("data.complianceReport.rows.model.slug"))
        .containsExactly("deepseek-v3", "deepseek-r1");
    assertThat(compare.getList("data.models.nodes.slug")).contains("deepseek-v3");

    JsonPath documents = query(operation("explorer-documents"), "kind", "USE_POLICY", "first", 100);
    assertThat(documents.getList("data.policyDocuments.nodes.slug"))
        .contains("openai-usage-policies");
    assertThat(documents.getList("data.policyDocuments.nodes.kind")).containsOnly("USE_POLICY");

    JsonPath document = query(operation("explorer-document"), "slug", "openai-usage-policies");
    assertThat(document.getList("data.policyDocument.versions.label"))
        .contains("Updated March 23, 2023", "Updated January 10, 2024");

    JsonPath report =
        query(
            operation("explorer-compliance"),
            "models",
            List.of("deepseek-ai/DeepSeek-V3", "no-such/model"),
            "uses",
            List.of("MILITARY"),
            "on",
            "2025-06-01",
            "actor",
            null);
    assertThat(report.getString("data.complianceReport.rows[0].permissions[0].verdict"))
        .isEqualTo("PROHIBITED");
    assertThat(report.getList("data.complianceReport.unknownModels"))
        .containsExactly("no-such/model");
  }

  @Test
  void explorerDiffShowsWhatChangedBetweenTwoTexts() throws IOException {
    String doc = PolicyFixtures.document("docs-diff-" + unique(), "USE_POLICY", Map.of());
    String older = PolicyFixtures.version(doc, "First", "2024-01-01", List.of(), "a\nb\n");
    String newer = PolicyFixtures.version(doc, "Second", "2024-06-01", List.of(), "a\nc\n");

    JsonPath diff = query(operation("explorer-diff"), "newer", newer, "older", older);
    assertThat(diff.getInt("data.node.diff.added")).isEqualTo(1);
    assertThat(diff.getString("data.node.diff.unified")).contains("-b", "+c");
  }

  private static String militaryVerdict(JsonPath page) {
    List<Map<String, Object>> terms = page.getList("data.model.useTerms");
    return terms.stream()
        .filter(t -> "MILITARY".equals(t.get("use")))
        .map(t -> (String) t.get("verdict"))
        .findFirst()
        .orElseThrow();
  }
}
