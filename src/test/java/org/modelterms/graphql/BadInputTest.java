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

  /** One bad request, and what GraphQL over HTTP says it should get. */
  private record Case(String name, String contentType, String body, int status, String code) {}

  private static String q(String document) {
    return new io.vertx.core.json.JsonObject().put("query", document).encode();
  }

  private static final List<Case> MALFORMED =
      List.of(
          new Case("truncated JSON", "application/json", "{\"query\": ", 400, "BAD_REQUEST"),
          new Case("not JSON", "application/json", "not json at all", 400, "BAD_REQUEST"),
          new Case("empty body", "application/json", "", 400, "BAD_REQUEST"),
          new Case("query not a string", "application/json", "{\"query\": 42}", 400, "BAD_REQUEST"),
          new Case(
              "variables not an object",
              "application/json",
              "{\"query\": \"{ __typename }\", \"variables\": \"x\"}",
              400,
              "BAD_REQUEST"),
          new Case(
              "batch",
              "application/json",
              "[" + q("{ __typename }") + "," + q("{ __typename }") + "]",
              400,
              "BATCHING_NOT_SUPPORTED"),
          new Case(
              "wrong content type",
              "text/plain",
              q("{ models { totalCount } }"),
              415,
              "UNSUPPORTED_MEDIA_TYPE"),
          new Case(
              "form post",
              "application/x-www-form-urlencoded",
              "query=%7B__typename%7D",
              415,
              "UNSUPPORTED_MEDIA_TYPE"),
          new Case(
              "invalid GraphQL",
              "application/json",
              q("{ models { totalCount "),
              200,
              "GRAPHQL_PARSE_FAILED"),
          new Case(
              "unknown field",
              "application/json",
              q("{ models { totalCont } }"),
              200,
              "GRAPHQL_VALIDATION_FAILED"),
          new Case(
              "unknown type",
              "application/json",
              q("{ ...F } fragment F on NoSuchType { id }"),
              200,
              "GRAPHQL_VALIDATION_FAILED"),
          new Case(
              "wrong argument type",
              "application/json",
              q("{ models(first: \"ten\") { totalCount } }"),
              200,
              "GRAPHQL_VALIDATION_FAILED"),
          new Case(
              "unknown enum value",
              "application/json",
              q("{ policyDocuments(kind: NOT_A_KIND) { totalCount } }"),
              200,
              "GRAPHQL_VALIDATION_FAILED"),
          new Case(
              "unknown operation",
              "application/json",
              "{\"query\": \"query A { __typename }\", \"operationName\": \"B\"}",
              200,
              "UNKNOWN_OPERATION"),
          new Case(
              "invalid date",
              "application/json",
              q("{ model(slug: \"chatbit\") { osaid(on: \"2024-13-45\") { verdict } } }"),
              200,
              "INVALID_ARGUMENT"),
          new Case(
              "invalid date variable",
              "application/json",
              "{\"query\": \"query($d: Date) { model(slug: \\\"chatbit\\\") { osaid(on: $d) {"
                  + " verdict } } }\", \"variables\": {\"d\": \"yesterday\"}}",
              200,
              "INVALID_ARGUMENT"),
          new Case(
              "invalid country",
              "application/json",
              q(
                  "{ usePermission(model: \"chatbit\", use: MILITARY, actor: {country: \"Z1\"})"
                      + " { verdict } }"),
              200,
              "INVALID_ARGUMENT"));

  @Test
  void malformedRequestsGetTheirStatusAndCode() {
    Map<String, Long> before = Database.rowCounts(dataSource);
    for (Case c : MALFORMED) {
      Response r = post(c.contentType(), c.body());
      String body = r.asString();
      assertThat(r.statusCode()).as(c.name() + ": " + body).isEqualTo(c.status());
      assertThat(JsonPath.from(body).getString("errors[0].extensions.code"))
          .as(c.name() + ": " + body)
          .isEqualTo(c.code());
      assertNoInternals(c.name(), body);
    }
    assertThat(Database.rowCounts(dataSource)).isEqualTo(before);
  }

  @Test
  void aMutationOverGetIsRefused() {
    Response r =
        given().queryParam("query", "mutation { datasetReload { added } }").when().get("/graphql");
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.jsonPath().getString("errors[0].extensions.code")).isEqualTo("METHOD_NOT_ALLOWED");
  }

  /** No stack traces, class names, SQL, internal codes or guesses at what the caller meant. */
  static void assertNoInternals(String name, String body) {
    assertThat(body)
        .as(name)
        .doesNotContain("java.")
        .doesNotContain("at org.")
        .doesNotContain("Exception")
        .doesNotContain("SQL")
        .doesNotContain("SRGQL")
        .doesNotContain("Value{")
        .doesNotContainIgnoringCase("did you mean");
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

  @Test
  void importsRefuseTraversalAndMalformedFiles() {
    Map<String, Long> before = Database.rowCounts(dataSource);
    String ota =
        "mutation($in: OtaImportInput!) { otaImport(input: $in) { userErrors { field code } } }";
    String when = "2024-01-10T12:00:00Z";
    List<Map<String, Object>> badRecords =
        List.of(
            otaRecord("../../etc", "passwd", when, "x"),
            otaRecord("OpenAI", "..\\..\\boot.ini", when, "x"),
            otaRecord("OpenAI", "Usage-Policies", when, "  "),
            otaRecord("OpenAI", "Usage-Policies", "2099-01-01T00:00:00Z", "Terms"),
            otaRecord("OpenAI", "Usage-Policies", when, "x".repeat(1_000_001)));
    for (Map<String, Object> record : badRecords) {
      JsonPath r = raw(ota, "in", record);
      assertThat(r.getList("data.otaImport.userErrors.code"))
          .as(String.valueOf(record.get("service")) + "/" + record.get("document"))
          .isNotEmpty();
    }
    JsonPath badTime = raw(ota, "in", otaRecord("OpenAI", "Usage-Policies", "yesterday", "x"));
    assertThat(badTime.getString("errors[0].extensions.code")).isEqualTo("INVALID_ARGUMENT");

    String eu =
        "mutation($in: EuIndexImportInput!) { euIndexImport(input: $in) { userErrors { code } } }";
    for (String name : List.of("../../etc/passwd.yaml", "/etc/passwd.yaml", "..\\x.yaml", "x.sh")) {
      assertThat(
              raw(eu, "in", Map.of("fileName", name, "yaml", "org: x"))
                  .getList("data.euIndexImport.userErrors.code"))
          .as(name)
          .containsExactly("INVALID_FORMAT");
    }
    String mot =
        "mutation($in: MotImportInput!) { motImport(input: $in) { userErrors { code message } } }";
    for (Map<String, Object> input :
        List.of(
            Map.<String, Object>of("yaml", "framework: {name: [unclosed"),
            Map.<String, Object>of("yaml", "\t- not: a model file"),
            Map.<String, Object>of(
                "yaml", "release:\n  name: X\n", "sourceUrl", "file:///etc/passwd"))) {
      JsonPath r = raw(mot, "in", input);
      assertThat(r.getList("data.motImport.userErrors.code")).as(input.toString()).isNotEmpty();
      assertNoInternals("mot", r.prettify());
    }
    assertThat(Database.rowCounts(dataSource)).isEqualTo(before);
  }

  private static Map<String, Object> otaRecord(
      String service, String document, String recordedAt, String text) {
    return Map.of("service", service, "document", document, "recordedAt", recordedAt, "text", text);
  }
}
