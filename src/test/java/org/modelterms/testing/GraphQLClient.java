package org.modelterms.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/** Sends real GraphQL requests over HTTP to the running registry and checks the envelope. */
public final class GraphQLClient {

  private GraphQLClient() {}

  /** Runs an operation that must succeed without top-level errors; returns the response. */
  public static JsonPath query(String document, Object... variables) {
    JsonPath response = raw(document, variables);
    Object errors = response.get("errors");
    if (errors != null) {
      throw new AssertionError("GraphQL errors: " + errors + "\nfor:\n" + document);
    }
    return response;
  }

  /**
   * Runs an operation and returns the response, errors and all. It is sent by an administrator (a
   * signed bearer token), so that tests of writes need not say who writes.
   */
  public static JsonPath raw(String document, Object... variables) {
    return rawAs(TestIdentities.bearer("test-admin", "editor", "admin"), document, variables);
  }

  /** Runs an operation with the given Authorization header (none when null). */
  public static JsonPath rawAs(String authorization, String document, Object... variables) {
    Map<String, Object> body = new HashMap<>();
    body.put("query", document);
    body.put("variables", vars(variables));
    RequestSpecification request = given();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/graphql")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        // Unrounded percentages must not pass through float.
        .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
  }

  /** Variables from alternating names and values. */
  public static Map<String, Object> vars(Object... namesAndValues) {
    Map<String, Object> vars = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      vars.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return vars;
  }
}
