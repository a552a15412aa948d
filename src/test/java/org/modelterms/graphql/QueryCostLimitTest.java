package org.modelterms.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;
import static org.modelterms.testing.GraphQLClient.raw;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Over HTTP, an operation that may return too many objects is refused; others say their cost. */
@QuarkusTest
class QueryCostLimitTest {

  /** 1 + 100 models + 100 x 11 verdicts. */
  private static final long PAGE_OF_VERDICTS = 1201;

  @Inject GraphQLConfig config;

  /** As many aliased pages of verdicts as fit under the limit, plus {@code extra}. */
  private String pagesOfVerdicts(long extra) {
    StringBuilder document = new StringBuilder("query Q($n: Int) { ");
    for (long i = 0; i < config.maxCost() / PAGE_OF_VERDICTS + extra; i++) {
      document.append("a").append(i);
      document.append(": models(first: $n) { nodes { slug useTerms { verdict } } } ");
    }
    return document.append("}").toString();
  }

  @Test
  void tooCostlyIsRefusedWithTheCostAndTheLimit() {
    long pages = config.maxCost() / PAGE_OF_VERDICTS + 1;
    JsonPath r = raw(pagesOfVerdicts(1), "n", 100);
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("QUERY_TOO_COSTLY");
    assertThat(r.getString("errors[0].message"))
        .contains(String.valueOf(pages * PAGE_OF_VERDICTS))
        .contains(String.valueOf(config.maxCost()));
    assertThat(r.getString("data")).isNull();
  }

  @Test
  void theCostFollowsTheVariables() {
    // The same document with smaller pages is admitted: 1 + 10 + 110 per alias.
    JsonPath r = query(pagesOfVerdicts(1), "n", 10);
    long pages = config.maxCost() / PAGE_OF_VERDICTS + 1;
    assertThat(r.getLong("extensions.cost.requested")).isEqualTo(pages * 121);
  }

  @Test
  void everyAnswerCarriesItsCost() {
    JsonPath r = query("{ models(first: 3) { nodes { slug provider { name } } } }");
    assertThat(r.getLong("extensions.cost.requested")).isEqualTo(1 + 3 + 3);
    assertThat(r.getLong("extensions.cost.limit")).isEqualTo(config.maxCost());

    JsonPath scalars = raw("{ __typename }");
    assertThat(scalars.getLong("extensions.cost.requested")).isZero();
  }

  @Test
  void overGetAndForTheGraphQLResponseMediaTypeToo() {
    String refused =
        given()
            .queryParam("query", pagesOfVerdicts(1).replace("($n: Int)", "").replace("$n", "100"))
            .when()
            .get("/graphql")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("errors[0].extensions.code");
    assertThat(refused).isEqualTo("QUERY_TOO_COSTLY");
    given()
        .contentType("application/json")
        .accept("application/graphql-response+json")
        .body(Map.of("query", pagesOfVerdicts(1), "variables", Map.of("n", 100)))
        .when()
        .post("/graphql")
        .then()
        .statusCode(400)
        .contentType("application/graphql-response+json");
  }
}
