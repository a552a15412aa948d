package org.modelterms.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.rawAs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Database;
import org.modelterms.testing.GraphQLClient;
import org.modelterms.testing.TestIdentities;

/**
 * Walks every mutation of the served schema, so that one added later is covered without editing
 * this test: each is refused to anonymous callers and to principals without the role it needs, with
 * a stable code, and writes nothing.
 */
@QuarkusTest
class MutationAccessTest {

  /** Mutations that rewrite many records at once and need the admin role. */
  private static final Set<String> ADMIN_ONLY =
      Set.of("motImport", "euIndexImport", "otaImport", "datasetReload");

  @Inject AgroalDataSource dataSource;
  @Inject LocalAccountEditor localAccounts;

  @Test
  void everyMutationIsDeniedToAnonymousCallersAndReaders() {
    Map<String, String> calls =
        new SchemaWalker(GraphQLClient.query(SchemaWalker.INTROSPECTION)).mutationCalls();
    assertThat(calls)
        .hasSizeGreaterThanOrEqualTo(16)
        .containsKeys("modelRegister", "datasetReload");
    Map<String, Long> before = Database.rowCounts(dataSource);

    for (Map.Entry<String, String> call : calls.entrySet()) {
      assertDenied(call, null, "UNAUTHENTICATED");
      assertDenied(call, TestIdentities.bearer("rita", "reader"), "FORBIDDEN");
      assertDenied(call, TestIdentities.bearer("nobody"), "FORBIDDEN");
      if (ADMIN_ONLY.contains(call.getKey())) {
        assertDenied(call, TestIdentities.bearer("eve", "editor"), "FORBIDDEN");
      }
    }
    assertThat(Database.rowCounts(dataSource)).isEqualTo(before);
  }

  private static void assertDenied(Map.Entry<String, String> call, String auth, String code) {
    JsonPath r = rawAs(auth, call.getValue());
    assertThat(r.getString("errors[0].extensions.code"))
        .as("%s as %s: %s", call.getKey(), auth == null ? "anonymous" : auth, r.prettify())
        .isEqualTo(code);
    assertThat(r.getString("data." + call.getKey())).isNull();
  }

  @Test
  void anEditorWritesAndTheTrailNamesThem() {
    String slug = "access-test-org-" + System.nanoTime();
    JsonPath r =
        rawAs(
            TestIdentities.bearer("alice@example.org", "editor"),
            "mutation($in: OrganizationRegisterInput!) { organizationRegister(input: $in) {"
                + " organization { id slug } userErrors { code } } }",
            "in",
            Map.of("slug", slug, "name", "Access Test", "country", "FR"));
    assertThat(r.getString("errors")).isNull();
    String id = r.getString("data.organizationRegister.organization.id");
    assertThat(id).isNotNull();
    List<String> authors =
        GraphQLClient.query(
                "query($id: ID!) { changes(entity: $id, first: 10) { nodes { recordedBy } } }",
                "id",
                id)
            .getList("data.changes.nodes.recordedBy");
    assertThat(authors).containsOnly("oidc:alice@example.org");
  }

  @Test
  void theLocalAccountSignsInWithItsPasswordOnly() {
    String slug = "local-org-" + System.nanoTime();
    String register =
        "mutation($in: OrganizationRegisterInput!) { organizationRegister(input: $in) {"
            + " organization { id } userErrors { code } } }";
    Map<String, String> input = Map.of("slug", slug, "name", "Local Org", "country", "DE");
    JsonPath ok =
        rawAs(TestIdentities.localBasic(TestIdentities.LOCAL_PASSWORD), register, "in", input);
    String id = ok.getString("data.organizationRegister.organization.id");
    assertThat(id).as(ok.prettify()).isNotNull();
    assertThat(
            GraphQLClient.query(
                    "query($id: ID!) { changes(entity: $id, first: 5) { nodes { recordedBy } } }",
                    "id",
                    id)
                .getList("data.changes.nodes.recordedBy"))
        .containsOnly("local:editor");

    Map<String, Long> before = Database.rowCounts(dataSource);
    // Wrong credentials are refused by the HTTP layer before any GraphQL runs.
    for (String auth :
        List.of(
            TestIdentities.localBasic("wrong-password"),
            "Bearer not-a-token",
            "Bearer " + TestIdentities.token("mallory", "admin") + "x")) {
      given()
          .header("Authorization", auth)
          .contentType("application/json")
          .body(Map.of("query", register, "variables", Map.of("in", input)))
          .when()
          .post("/graphql")
          .then()
          .statusCode(401);
    }
    assertThat(Database.rowCounts(dataSource)).isEqualTo(before);
  }

  @Test
  void readsArePublicByDefault() {
    JsonPath r = rawAs(null, "{ models(first: 1) { totalCount } }");
    assertThat(r.getInt("data.models.totalCount")).isPositive();
  }

  @Test
  void withoutAConfiguredPasswordOneIsGeneratedAndShownOnce() throws Exception {
    try (var c = dataSource.getConnection();
        var s = c.createStatement()) {
      s.executeUpdate("delete from local_account");
    }
    try {
      Optional<String> generated = localAccounts.ensure(Optional.empty());
      assertThat(generated).isPresent();
      assertThat(generated.get()).hasSizeGreaterThanOrEqualTo(20);
      assertThat(localAccounts.ensure(Optional.empty())).as("shown once").isEmpty();
      JsonPath r =
          rawAs(
              TestIdentities.localBasic(generated.get()),
              "mutation($in: OrganizationRegisterInput!) { organizationRegister(input: $in) {"
                  + " organization { slug } } }",
              "in",
              Map.of(
                  "slug", "generated-" + System.nanoTime(), "name", "Generated", "country", "FR"));
      assertThat(r.getString("errors")).as(r.prettify()).isNull();
      assertThat(r.getString("data.organizationRegister.organization.slug"))
          .startsWith("generated-");
    } finally {
      localAccounts.ensure(Optional.of(TestIdentities.LOCAL_PASSWORD));
    }
    given()
        .header("Authorization", TestIdentities.localBasic(TestIdentities.LOCAL_PASSWORD))
        .contentType("application/json")
        .body(Map.of("query", "{ models(first: 1) { totalCount } }"))
        .when()
        .post("/graphql")
        .then()
        .statusCode(200);
  }
}
