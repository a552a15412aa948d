package org.modelterms.graphql;

import static org.assertj.core.api.Assertions.assertThat;
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
              "compliance.graphql");
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
}
