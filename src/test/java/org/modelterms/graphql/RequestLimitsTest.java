package org.modelterms.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.raw;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** One request cannot cost the registry more than the configured depth, complexity and tokens. */
@QuarkusTest
class RequestLimitsTest {

  @Test
  void tooDeepIsRefused() {
    String nested = "slug";
    for (int i = 0; i < 11; i++) {
      nested = "baseModel { " + nested + " }";
    }
    JsonPath r = raw("{ model(slug: \"chatbit\") { " + nested + " } }");
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("QUERY_TOO_DEEP");
    assertThat(r.getString("errors[0].message")).containsIgnoringCase("deep");
    assertThat(r.getString("data")).isNull();
  }

  @Test
  void tooComplexIsRefused() {
    // 600 fields without aliases: the same field may be selected again, and each costs.
    String fields = "slug name ".repeat(300);
    JsonPath r = raw("{ model(slug: \"chatbit\") { " + fields + " } }");
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("QUERY_TOO_COMPLEX");
  }

  @Test
  void tooManyTokensIsRefused() {
    StringBuilder models = new StringBuilder();
    for (int i = 0; i < 2100; i++) {
      models.append("\"m").append(i).append("\" ");
    }
    JsonPath r = raw("{ complianceReport(models: [" + models + "]) { unknownModels } }");
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("TOO_MANY_TOKENS");
    assertThat(r.getString("data")).isNull();
  }

  @Test
  void aliasesAreCounted() {
    StringBuilder fifteen = new StringBuilder();
    for (int i = 0; i < 15; i++) {
      fifteen.append("a").append(i).append(": license(id: \"MIT\") { name } ");
    }
    assertThat(raw("{ " + fifteen + " }").getString("data.a14.name")).isEqualTo("MIT License");
    JsonPath r = raw("{ " + fifteen + " extra: license(id: \"MIT\") { name } }");
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("TOO_MANY_ALIASES");
    assertThat(r.getString("data")).isNull();
  }

  @Test
  void fragmentsDoNotHideCost() {
    // Each level spreads the one below twice: 2^12 fields from a few lines.
    StringBuilder doc = new StringBuilder("{ license(id: \"MIT\") { ...F0 } }");
    for (int i = 0; i < 12; i++) {
      doc.append(" fragment F").append(i).append(" on License { ...F").append(i + 1);
      doc.append(" ... on License { ...F").append(i + 1).append(" } }");
    }
    doc.append(" fragment F12 on License { name spdxId }");
    JsonPath r = raw(doc.toString());
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("QUERY_TOO_COMPLEX");
  }

  @Test
  void directivesAndOperationsAreCounted() {
    JsonPath directives =
        raw("{ license(id: \"MIT\") { name " + "@include(if: true) ".repeat(51) + "} }");
    assertThat(directives.getString("errors[0].extensions.code")).isEqualTo("TOO_MANY_DIRECTIVES");
    StringBuilder operations = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      operations.append("query Q").append(i).append(" { license(id: \"MIT\") { name } } ");
    }
    JsonPath r =
        given()
            .contentType("application/json")
            .body(java.util.Map.of("query", operations.toString(), "operationName", "Q1"))
            .when()
            .post("/graphql")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("TOO_MANY_OPERATIONS");
  }

  @Test
  void aBareDocumentMeetsTheSameLimits() {
    JsonPath r =
        given()
            .contentType("application/graphql")
            .body(("{ " + "a: __typename ".repeat(16) + "}").getBytes(StandardCharsets.UTF_8))
            .when()
            .post("/graphql")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("TOO_MANY_ALIASES");
    String ok =
        given()
            .contentType("application/graphql")
            .body("{ license(id: \"MIT\") { name } }".getBytes(StandardCharsets.UTF_8))
            .when()
            .post("/graphql")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("data.license.name");
    assertThat(ok).isEqualTo("MIT License");
  }

  @Test
  void theGraphQLResponseMediaTypeGets400ForARefusedDocument() {
    given()
        .contentType("application/json")
        .accept("application/graphql-response+json")
        .body(java.util.Map.of("query", "{ " + "a: __typename ".repeat(16) + "}"))
        .when()
        .post("/graphql")
        .then()
        .statusCode(400)
        .contentType("application/graphql-response+json");
  }

  @Test
  void healthAndMetricsAreServed() {
    String ready =
        given().when().get("/q/health/ready").then().statusCode(200).extract().asString();
    assertThat(ready).contains("\"status\": \"UP\"").containsIgnoringCase("database");
    given().when().get("/q/health/live").then().statusCode(200);
    raw("{ license(id: \"MIT\") { name } }");
    String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics).contains("mp_graphql");
  }
}
