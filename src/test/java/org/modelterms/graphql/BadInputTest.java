package org.modelterms.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.raw;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Database;
import org.modelterms.testing.GraphQLClient;

/** Bad input, sent on purpose: a clear error, never a server fault, and nothing written. */
@QuarkusTest
class BadInputTest {

  private static final List<String> INJECTIONS =
      List.of(
          "' OR '1'='1",
          "x'; drop table model; --",
          "\\\\' union select key from license --",
          "%_%",
          "${jndi:ldap://x}",
          "../../etc/passwd");

  @Inject AgroalDataSource dataSource;

  private static Response post(String contentType, String body) {
    return given().contentType(contentType).body(body).when().post("/graphql");
  }

  @Test
  void malformedRequestsAreRefusedWithoutAFault() {
    for (Response r :
        List.of(
            post("application/json", "{\"query\": "),
            post("application/json", "not json at all"),
            post("text/plain", "{ models { totalCount } }"),
            post("application/json", "{\"query\": \"{ models { totalCount \"}"),
            post("application/json", "{\"query\": \"{ noSuchField }\"}"),
            post(
                "application/json",
                "{\"query\": \"{ models(first: \\\"ten\\\") { totalCount } }\"}"),
            post(
                "application/json",
                "{\"query\": \"{ policyDocuments(kind: NOT_A_KIND) { totalCount } }\"}"),
            post(
                "application/json",
                "{\"query\": \"{ model(slug: \\\"x\\\") { osaid(on: \\\"2024-13-45\\\") { verdict } } }\"}"))) {
      assertThat(r.statusCode()).as(r.asString()).isLessThan(500);
      assertThat(r.asString())
          .doesNotContain("java.")
          .doesNotContain("at org.")
          .doesNotContain("SQL");
    }
  }

  @Test
  void injectionStringsAreJustStrings() {
    Map<String, Long> before = Database.rowCounts(dataSource);
    for (String s : INJECTIONS) {
      JsonPath search =
          GraphQLClient.query(
              """
              query($s: String!, $p: String) {
                models(filter: { search: $s, provider: $p, license: $s }) { totalCount }
                licenses(filter: { search: $s }) { totalCount }
                organizations(search: $s) { totalCount }
                model(slug: $s) { slug }
                license(id: $s) { identifier }
                policyDocument(slug: $s) { slug }
              }
              """,
              "s",
              s,
              "p",
              s);
      assertThat(search.getInt("data.models.totalCount")).isZero();
      JsonPath write =
          raw(
              """
              mutation($input: OrganizationRegisterInput!) {
                organizationRegister(input: $input) { organization { slug } userErrors { code } }
              }
              """,
              "input",
              Map.of("slug", s, "name", s, "website", s));
      assertThat(write.getList("data.organizationRegister.userErrors.code")).isNotEmpty();
    }
    JsonPath nul =
        raw(
            "query($s: String!) { models(filter: { search: $s }) { totalCount } }",
            "s",
            "a\u0000b");
    assertThat(nul.getString("errors[0].extensions.code")).isEqualTo("INVALID_ARGUMENT");
    JsonPath nulWrite =
        raw(
            """
            mutation($input: OrganizationRegisterInput!) { organizationRegister(input: $input) { userErrors { code } } }
            """,
            "input",
            Map.of("slug", "nul-" + System.nanoTime(), "name", "a\u0000b"));
    assertThat(nulWrite.getString("errors[0].extensions.code")).isEqualTo("INVALID_ARGUMENT");
    assertThat(Database.rowCounts(dataSource)).isEqualTo(before);
    assertThat(raw("{ licenses { totalCount } }").getInt("data.licenses.totalCount"))
        .isGreaterThan(600);
  }

  @Test
  void hugeStringsAreRefused() {
    String huge = "x".repeat(200_000);
    JsonPath r =
        raw(
            """
            mutation($input: OrganizationRegisterInput!) {
              organizationRegister(input: $input) { userErrors { field code } }
            }
            """,
            "input",
            Map.of("slug", "huge-" + System.nanoTime(), "name", huge));
    assertThat(r.getList("data.organizationRegister.userErrors.code")).contains("TOO_LONG");
  }
}
