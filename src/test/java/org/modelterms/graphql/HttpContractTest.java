package org.modelterms.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Front ends on other origins, cacheable GET reads, and the GraphQL UI. */
@QuarkusTest
class HttpContractTest {

  @Test
  void configuredOriginMayCallTheApi() {
    given()
        .header("Origin", "https://explorer.example.org")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type")
        .when()
        .options("/graphql")
        .then()
        .header("Access-Control-Allow-Origin", equalTo("https://explorer.example.org"));
  }

  @Test
  void otherOriginsAreNotAllowed() {
    given()
        .header("Origin", "https://evil.example.com")
        .header("Access-Control-Request-Method", "POST")
        .when()
        .options("/graphql")
        .then()
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void readQueriesWorkOverGet() {
    JsonPath r =
        given()
            .queryParam("query", "{ license(id: \"MIT\") { identifier osiApproved } }")
            .when()
            .get("/graphql")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(r.getString("data.license.identifier")).isEqualTo("MIT");
  }

  @Test
  void mutationsAreNotAcceptedOverGet() {
    JsonPath refused =
        given()
            .queryParam(
                "query",
                "mutation { organizationRegister(input: {slug: \"via-get\", name: \"x\"}) {"
                    + " userErrors { code } } }")
            .when()
            .get("/graphql")
            .then()
            .statusCode(405)
            .header("Allow", "POST")
            .extract()
            .jsonPath();
    assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("METHOD_NOT_ALLOWED");
    JsonPath r =
        given()
            .queryParam("query", "{ organization(slug: \"via-get\") { slug } }")
            .get("/graphql")
            .jsonPath();
    assertThat(r.getString("data.organization")).isNull();
  }

  @Test
  void graphQlUiIsServed() {
    given().when().get("/q/graphql-ui/").then().statusCode(200);
  }
}
