package org.modelterms.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.GraphQLClient;
import org.modelterms.testing.TestIdentities;

/**
 * The switches a production registry may turn: they really take effect. (Switching introspection
 * off through SmallRye's field visibility is reported not to work; this registry refuses it at its
 * own front door and in graphql-java, and this test proves it over HTTP.)
 */
@QuarkusTest
@TestProfile(LockedDownProfile.class)
class LockedDownTest {

  private static final String READER =
      TestIdentities.tokenWithRolesIn(LockedDownProfile.ROLES_CLAIM, "rita", "reader");

  private static JsonPath asReader(String query) {
    return GraphQLClient.rawAs("Bearer " + READER, query);
  }

  @Test
  void readsNeedAPrincipal() {
    given()
        .contentType("application/json")
        .body(Map.of("query", "{ models(first: 1) { totalCount } }"))
        .when()
        .post("/graphql")
        .then()
        .statusCode(401);
    assertThat(asReader("{ models(first: 1) { totalCount } }").getInt("data.models.totalCount"))
        .isNotNegative();
    given().when().get("/q/health/ready").then().statusCode(200);
    // The bill-of-materials download is a read like any other (this profile loads no dataset,
    // so a reader who is let in learns that the model is not there).
    given().queryParam("models", "llama-3.1-8b").get("/api/bom/export").then().statusCode(401);
    given()
        .header("Authorization", "Bearer " + READER)
        .queryParam("models", "llama-3.1-8b")
        .get("/api/bom/export")
        .then()
        .statusCode(404);
  }

  @Test
  void introspectionIsRefusedInEveryDisguise() {
    for (String query :
        List.of(
            "{ __schema { types { name } } }",
            "{ __type(name: \"Model\") { fields { name } } }",
            "query { ...Spy } fragment Spy on Query { __schema { queryType { name } } }",
            "{ models(first: 1) { totalCount } s: __schema { directives { name } } }")) {
      JsonPath r = asReader(query);
      assertThat(r.getString("errors[0].extensions.code"))
          .as(query)
          .isEqualTo("INTROSPECTION_DISABLED");
      assertThat(r.getString("data")).as(query).isNull();
    }
    assertThat(asReader("{ __typename }").getString("data.__typename")).isEqualTo("Query");
    given()
        .header("Authorization", "Bearer " + READER)
        .when()
        .get("/graphql/schema.graphql")
        .then()
        .statusCode(404);
    given()
        .header("Authorization", "Bearer " + READER)
        .when()
        .get("/graphql-ui/")
        .then()
        .statusCode(404);
  }

  @Test
  void rolesComeFromTheConfiguredClaim() {
    String mutation =
        "mutation($in: OrganizationRegisterInput!) { organizationRegister(input: $in) {"
            + " organization { slug } } }";
    Map<String, String> input = Map.of("slug", "claim-test", "name", "Claim Test", "country", "NL");
    JsonPath fromGroups =
        GraphQLClient.rawAs(TestIdentities.bearer("gus", "editor"), mutation, "in", input);
    assertThat(fromGroups.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
    JsonPath fromClaim =
        GraphQLClient.rawAs(
            "Bearer "
                + TestIdentities.tokenWithRolesIn(LockedDownProfile.ROLES_CLAIM, "cleo", "editor"),
            mutation,
            "in",
            input);
    assertThat(fromClaim.getString("data.organizationRegister.organization.slug"))
        .as(fromClaim.prettify())
        .isEqualTo("claim-test");
  }
}
