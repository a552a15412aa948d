package org.modelterms.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.Fixtures.component;
import static org.modelterms.testing.Fixtures.unique;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Fixtures;

/**
 * Nested fields are resolved in batches: the number of SQL statements a page of models costs does
 * not grow with the page size (Hibernate statistics count every prepared statement).
 */
@QuarkusTest
class StatementCountTest {

  private static final String PAGE =
      """
      query($p: String, $n: Int) {
        models(first: $n, filter: { provider: $p }) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes {
            slug
            provider { slug name }
            license { identifier }
            baseModel { slug provider { slug } }
            openness { weights code data }
            sources { source { url } }
            policies { document { slug } }
            osaid { verdict criteria { criterion met sources { source { url } } } }
            mof { achievedClass progress { classIII } }
            externalRatings { entryName ratings { rating } }
            components {
              kind
              license { identifier osiApproved }
              licenses { identifier huggingFaceTags }
              sources { source { url } }
            }
          }
        }
      }
      """;

  @Inject SessionFactory sessionFactory;

  private String provider;

  private void seed() {
    provider = Fixtures.organization("bulk-" + unique());
    String base = Fixtures.openModel(provider, "bulk-base-" + unique());
    for (int i = 0; i < 105; i++) {
      JsonPath r =
          Fixtures.registerModel(
              Map.of(
                  "slug",
                  String.format("bulk-%03d-%s", i, unique()),
                  "name",
                  "Bulk " + i,
                  "provider",
                  provider,
                  "releasedOn",
                  "2024-06-01",
                  "licenseExpression",
                  i % 2 == 0 ? "Apache-2.0" : "MIT OR BSD-3-Clause",
                  "baseModel",
                  base,
                  "baseRelation",
                  "FINE_TUNE",
                  "components",
                  List.of(
                      component("FINAL_PARAMETERS", "AVAILABLE", "Apache-2.0"),
                      component("TRAINING_CODE", "PARTIAL", "MIT"),
                      component("DATA_CARD", "AVAILABLE", "CC-BY-4.0")),
                  "sources",
                  List.of(Map.of("url", "https://example.org/bulk/" + i))));
      assertThat(r.getList("data.modelRegister.userErrors")).isEmpty();
    }
  }

  private long statementsFor(int pageSize) {
    Statistics statistics = sessionFactory.getStatistics();
    statistics.clear();
    JsonPath r = query(PAGE, "p", provider, "n", pageSize);
    long statements = statistics.getPrepareStatementCount();
    assertThat(r.getList("data.models.nodes")).hasSize(pageSize);
    assertThat(r.getList("data.models.nodes[0].components")).hasSize(3);
    assertThat(r.getInt("data.models.totalCount")).isEqualTo(106);
    return statements;
  }

  @Test
  void statementCountDoesNotGrowWithThePageSize() {
    seed();
    statementsFor(5); // warm-up: first use of each query
    long small = statementsFor(5);
    long large = statementsFor(100);
    System.out.printf("SQL statements: page of 5 -> %d, page of 100 -> %d%n", small, large);
    // One statement per level, whatever the page size: N+1 would add at least 100 statements.
    // The GraphQL engine may now and then dispatch one level in two batches, hence the slack of 2.
    assertThat(large).isBetween(small - 2, small + 2);
    assertThat(large).isLessThan(60);
  }
}
