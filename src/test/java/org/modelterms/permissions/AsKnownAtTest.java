package org.modelterms.permissions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;
import static org.modelterms.testing.GraphQLClient.raw;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On a fresh registry the curated dataset's facts are recorded when they became known, so {@code
 * asKnownAt} answers what the registry would have said then; a time before it held a model, and a
 * date before a model's release, get an answer saying so, never an error.
 */
@QuarkusTest
class AsKnownAtTest {

  private static final String LLAMA = "meta-llama/Llama-3.1-405B";

  private static final String MILITARY =
      """
      query($known: DateTime, $on: Date) {
        usePermission(model: "meta-llama/Llama-3.1-405B", use: MILITARY, on: $on,
                      actor: {kind: GOVERNMENT, country: "US"}, asKnownAt: $known) {
          verdict explicit explanation asKnownAt rules { effect document { slug } version { label } }
        }
      }
      """;

  @Test
  void aUsAgencysMilitaryUseOfLlamaAsTheRegistryKnewItOnTwoDays() {
    JsonPath january = query(MILITARY, "known", "2025-01-01T00:00:00Z", "on", "2024-12-01");
    assertThat(january.getString("data.usePermission.verdict")).isEqualTo("PERMITTED");
    assertThat(january.getList("data.usePermission.rules.document.slug"))
        .contains("meta-llama-national-security", "llama-3.1-aup");
    assertThat(january.getString("data.usePermission.asKnownAt")).startsWith("2025-01-01T00:00");

    JsonPath october = query(MILITARY, "known", "2024-10-01T00:00:00Z", "on", "2024-12-01");
    assertThat(october.getString("data.usePermission.verdict")).isEqualTo("PROHIBITED");
    assertThat(october.getList("data.usePermission.rules.document.slug"))
        .containsOnly("llama-3.1-aup");

    // Between the first statement and the second (2024-11-05), the first was open-ended: its end
    // became known with its successor, so a day after it still answers from it.
    JsonPath between = query(MILITARY, "known", "2024-11-04T12:00:00Z", "on", "2024-12-01");
    assertThat(between.getString("data.usePermission.verdict")).isEqualTo("PERMITTED");
    assertThat(between.getList("data.usePermission.rules.version.label"))
        .contains("Version of 2024-11-04");
  }

  @Test
  void theFirstLoadRecordsEachFactWhenItBecameKnown() {
    JsonPath document =
        query(
            """
            { policyDocument(slug: "meta-llama-national-security") { versions { id label } } }
            """);
    String first =
        document.getString(
            "data.policyDocument.versions.find { it.label == 'Version of 2024-11-04' }.id");
    JsonPath trail =
        query(
            "query($id: ID!) { changes(entity: $id) { nodes { operation recordedAt recordedBy after } } }",
            "id",
            first);
    List<Map<String, Object>> changes = trail.getList("data.changes.nodes");
    assertThat(changes.get(0).get("operation")).isEqualTo("INSERT");
    assertThat((String) changes.get(0).get("recordedAt")).startsWith("2024-11-04");
    assertThat(changes.get(0).get("recordedBy")).isEqualTo("modelterms-dataset");
    assertThat(changes.get(1).get("operation")).isEqualTo("UPDATE");
    assertThat((String) changes.get(1).get("recordedAt")).startsWith("2024-11-05");
  }

  @Test
  void beforeTheRegistryHeldTheModelEveryFieldSaysSo() {
    String known = "2024-01-01T00:00:00Z";
    JsonPath r =
        query(
            """
            query($known: DateTime) {
              usePermission(model: "meta-llama/Llama-3.1-405B", use: MILITARY, asKnownAt: $known) {
                verdict explanation rules { effect }
              }
              policyTimeline(model: "meta-llama/Llama-3.1-405B", use: MILITARY, asKnownAt: $known) {
                verdict
              }
              complianceReport(models: ["meta-llama/Llama-3.1-405B"], uses: [MILITARY, RESEARCH],
                               asKnownAt: $known) {
                unknownModels rows { model { slug } permissions { verdict explanation } }
              }
              model(huggingFaceId: "meta-llama/Llama-3.1-405B") {
                useTerms(asKnownAt: $known) { verdict }
              }
            }
            """,
            "known",
            known);
    assertThat(r.getString("data.usePermission.verdict")).isEqualTo("UNKNOWN");
    assertThat(r.getString("data.usePermission.explanation"))
        .isEqualTo(
            "UNKNOWN: the registry held no record of llama-3.1-405b as known at"
                + " 2024-01-01T00:00Z, so it had no terms to answer from.");
    assertThat(r.getList("data.usePermission.rules")).isEmpty();
    assertThat(r.getList("data.policyTimeline")).isEmpty();
    assertThat(r.getList("data.complianceReport.unknownModels")).isEmpty();
    assertThat(r.getList("data.complianceReport.rows[0].permissions.verdict"))
        .containsOnly("UNKNOWN");
    assertThat(r.getList("data.complianceReport.rows[0].permissions.explanation", String.class))
        .allSatisfy(e -> assertThat(e).contains("held no record of llama-3.1-405b"));
    assertThat(r.getList("data.model.useTerms.verdict")).containsOnly("UNKNOWN");
  }

  @Test
  void beforeItsReleaseAModelIsNeitherAssessedNorJudged() {
    JsonPath r =
        query(
            """
            { model(huggingFaceId: "meta-llama/Llama-3.1-405B") {
                osaid(on: "1900-01-01") { verdict conforms criteria { criterion met reason } }
                usePermission(use: MILITARY, on: "1900-01-01") { verdict explanation }
            } }
            """);
    assertThat(r.getString("data.model.osaid.verdict")).isEqualTo("INSUFFICIENT_INFORMATION");
    assertThat(r.getBoolean("data.model.osaid.conforms")).isFalse();
    assertThat(r.getList("data.model.osaid.criteria.met")).containsOnlyNulls().hasSize(7);
    assertThat(r.getList("data.model.osaid.criteria.reason"))
        .containsOnly(
            "The model was not released until 2024-07-23, so on 1900-01-01 there was nothing to"
                + " assess.");
    assertThat(r.getString("data.model.usePermission.verdict")).isEqualTo("UNKNOWN");
    assertThat(r.getString("data.model.usePermission.explanation"))
        .isEqualTo(
            "UNKNOWN: llama-3.1-405b was not released until 2024-07-23, so the registry does not"
                + " judge its use on 1900-01-01.");
    JsonPath atRelease =
        query(
            """
            { model(huggingFaceId: "meta-llama/Llama-3.1-405B") {
                osaid(on: "2024-07-23") { verdict }
                usePermission(use: MILITARY, on: "2024-07-23") { verdict }
            } }
            """);
    assertThat(atRelease.getString("data.model.osaid.verdict")).isEqualTo("DOES_NOT_CONFORM");
    assertThat(atRelease.getString("data.model.usePermission.verdict")).isEqualTo("PROHIBITED");
  }

  @Test
  void aNumberTooLargeToStoreIsReportedAsTooLarge() {
    String literal =
        "{ usePermission(model: \"chatbit\", use: COMMERCIAL,"
            + " actor: {monthlyActiveUsers: 100000000000000000000000000}) { verdict } }";
    JsonPath post = raw(literal);
    assertTooLarge(post);
    JsonPath get =
        given()
            .queryParam("query", literal)
            .when()
            .get("/graphql")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertTooLarge(get);
    JsonPath variables =
        raw(
            "query($a: ActorInput) { usePermission(model: \"chatbit\", use: COMMERCIAL, actor: $a)"
                + " { verdict } }",
            "a",
            Map.of("monthlyActiveUsers", new java.math.BigInteger("100000000000000000000000000")));
    assertTooLarge(variables);
    JsonPath negative =
        raw(
            "{ usePermission(model: \"chatbit\", use: COMMERCIAL,"
                + " actor: {monthlyActiveUsers: -100000000000000000000000000}) { verdict } }");
    assertThat(negative.getString("errors[0].extensions.code")).isEqualTo("OUT_OF_RANGE");
    assertThat(negative.getString("errors[0].message")).contains("is too small");
    JsonPath largest =
        query(
            "{ usePermission(model: \"chatbit\", use: COMMERCIAL,"
                + " actor: {monthlyActiveUsers: 9223372036854775807}) { verdict } }");
    assertThat(largest.getString("data.usePermission.verdict")).isNotNull();
  }

  private static void assertTooLarge(JsonPath r) {
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("OUT_OF_RANGE");
    assertThat(r.getString("errors[0].message"))
        .startsWith("`")
        .contains("monthlyActiveUsers` is too large")
        .doesNotContain("negative");
    assertThat(r.getString("data")).isNull();
  }
}
