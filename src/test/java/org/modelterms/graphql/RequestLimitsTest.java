package org.modelterms.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.raw;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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
    assertThat(r.getString("errors[0].message")).containsIgnoringCase("depth");
    assertThat(r.getString("data")).isNull();
  }

  @Test
  void tooComplexIsRefused() {
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      fields.append("a").append(i).append(": slug b").append(i).append(": name ");
    }
    JsonPath r = raw("{ model(slug: \"chatbit\") { " + fields + " } }");
    assertThat(r.getString("errors[0].message")).containsIgnoringCase("complexity");
  }

  @Test
  void tooManyTokensIsRefused() {
    StringBuilder models = new StringBuilder();
    for (int i = 0; i < 2100; i++) {
      models.append("\"m").append(i).append("\" ");
    }
    JsonPath r = raw("{ complianceReport(models: [" + models + "]) { unknownModels } }");
    // graphql-java stops reading at the limit and reports the document as unparseable.
    assertThat(r.getString("errors[0].message")).isEqualTo("Unparseable input document");
    assertThat(r.getString("data")).isNull();
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
