package org.modelterms.permissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;
import static org.modelterms.testing.PolicyFixtures.bound;
import static org.modelterms.testing.PolicyFixtures.document;
import static org.modelterms.testing.PolicyFixtures.rule;
import static org.modelterms.testing.PolicyFixtures.version;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Database;
import org.modelterms.testing.Fixtures;
import org.modelterms.testing.PolicyFixtures;

/** How terms changed: timelines, text diffs, what the registry knew when, and refused writes. */
@QuarkusTest
class TermsHistoryTest {

  static final String V1 =
      """
      Disallowed usages of our models:
      - Illegal activity
      - Generation of malware
      - Activity that has high risk of physical harm, including:
        - Weapons development
        - Military and warfare
      """;
  static final String V2 =
      """
      Universal policies:
      - Comply with applicable laws
      - Don't use our service to harm yourself or others, for example to develop or use weapons
      """;
  static final String V3 =
      """
      Universal policies:
      - Comply with applicable laws
      - Don't use our service to harm yourself or others, for example to develop or use weapons
      - Don't compromise the privacy of others
      """;

  @Inject AgroalDataSource dataSource;

  private record UsagePolicy(String model, String document, String v1, String v2, String v3) {}

  /** A usage policy with three versions, the second dropping the military ban (OpenAI, 2024). */
  private static UsagePolicy usagePolicy() {
    String suffix = Fixtures.unique();
    String provider = Fixtures.organization("openai-" + suffix);
    String doc =
        document("usage-policies-" + suffix, "USE_POLICY", Map.of("title", "Usage policies"));
    String v1 =
        version(
            doc,
            "Updated March 23, 2023",
            "2023-03-23",
            List.of(
                rule("MILITARY", "PROHIBIT", "Military and warfare"),
                rule("WEAPONS", "PROHIBIT", "Weapons development")),
            V1);
    String v2 =
        version(
            doc,
            "Updated January 10, 2024",
            "2024-01-10",
            List.of(rule("WEAPONS", "PROHIBIT", "develop or use weapons")),
            V2);
    String v3 =
        version(
            doc,
            "Updated January 29, 2025",
            "2025-01-29",
            List.of(rule("WEAPONS", "PROHIBIT", "develop or use weapons")),
            V3);
    String model = "gpt-" + suffix;
    Fixtures.registerModel(Map.of("slug", model, "name", "GPT", "provider", provider));
    bound(model, doc, "USE_POLICY", "2023-03-23");
    return new UsagePolicy(model, doc, v1, v2, v3);
  }

  @Test
  void theTimelineOfADocumentWithThreeVersions() {
    UsagePolicy p = usagePolicy();
    JsonPath r =
        query(
            """
            query($m: String!) {
              policyTimeline(model: $m, use: MILITARY, from: "2023-01-01", to: "2026-01-01") {
                from to verdict cause permission { rules { version { label } } }
              }
            }
            """,
            "m",
            p.model());
    List<Map<String, Object>> entries = r.getList("data.policyTimeline");
    assertThat(entries)
        .extracting(e -> e.get("verdict"))
        .containsExactly("UNKNOWN", "PROHIBITED", "PERMITTED");
    assertThat(entries)
        .extracting(e -> e.get("from"))
        .containsExactly("2023-01-01", "2023-03-23", "2024-01-10");
    assertThat((String) entries.get(2).get("cause")).contains("Updated January 10, 2024");
    assertThat(entries.get(2).get("to")).isNull();

    JsonPath weapons =
        query(
            """
            query($m: String!) { policyTimeline(model: $m, use: WEAPONS, from: "2023-06-01") { verdict from } }
            """,
            "m",
            p.model());
    // A new version that leaves the verdict and the clause's meaning the same still names a new
    // deciding version, so it shows: researchers see when the words changed.
    assertThat(weapons.getList("data.policyTimeline.verdict")).containsOnly("PROHIBITED");
  }

  @Test
  void aDiffShowsWhatAChangeChanged() {
    UsagePolicy p = usagePolicy();
    JsonPath r =
        query(
            """
            query($doc: String!, $against: ID!) {
              policyDocument(slug: $doc) {
                versions { label diff(against: $against) { added removed unified lines { kind line text } } }
              }
            }
            """,
            "doc",
            p.document(),
            "against",
            p.v1());
    Map<String, Object> second =
        r.<Map<String, Object>>getList("data.policyDocument.versions").get(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> diff = (Map<String, Object>) second.get("diff");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> lines = (List<Map<String, Object>>) diff.get("lines");
    assertThat(lines)
        .anySatisfy(
            l -> {
              assertThat(l.get("kind")).isEqualTo("REMOVED");
              assertThat((String) l.get("text")).contains("Military and warfare");
            });
    assertThat((String) diff.get("unified")).contains("-  - Military and warfare");
  }

  @Test
  void asKnownAtAnswersWithWhatTheRegistryHeldBeforeACorrection() throws InterruptedException {
    String suffix = Fixtures.unique();
    String provider = Fixtures.organization("ds-" + suffix);
    String doc =
        document(
            "deepseek-license-" + suffix, "LICENSE", Map.of("title", "DeepSeek License Agreement"));
    String versionId =
        version(
            doc,
            "Version 1.0, 23 October 2023",
            "2023-10-23",
            List.of(rule("MILITARY", "PERMIT", "For military use in any way")),
            null);
    String model = "deepseek-v3-" + suffix;
    Fixtures.registerModel(Map.of("slug", model, "name", "DeepSeek-V3", "provider", provider));
    bound(model, doc, "LICENSE", "2024-12-26");
    Thread.sleep(20);
    OffsetDateTime beforeCorrection = OffsetDateTime.now();
    Thread.sleep(20);

    String ruleId =
        query(
                "query($id: ID!) { node(id: $id) { ... on PolicyVersion { rules { id } } } }",
                "id",
                versionId)
            .getString("data.node.rules[0].id");
    JsonPath corrected =
        query(
            """
            mutation($input: UseRuleCorrectInput!) {
              useRuleCorrect(input: $input) { rule { effect quote } userErrors { field message code } }
            }
            """,
            "input",
            Map.of(
                "rule",
                ruleId,
                "effect",
                "PROHIBIT",
                "sources",
                PolicyFixtures.source(
                    "https://huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/LICENSE-MODEL")));
    assertThat(corrected.getList("data.useRuleCorrect.userErrors")).isEmpty();

    String ask =
        """
        query($m: String!, $known: DateTime) {
          usePermission(model: $m, use: MILITARY, on: "2025-06-01", asKnownAt: $known) { verdict asKnownAt }
        }
        """;
    Map<String, Object> then = new HashMap<>();
    then.put("m", model);
    then.put("known", beforeCorrection.toString());
    assertThat(
            query(ask, "m", model, "known", beforeCorrection.toString())
                .getString("data.usePermission.verdict"))
        .isEqualTo("PERMITTED");
    assertThat(query(ask, "m", model, "known", null).getString("data.usePermission.verdict"))
        .isEqualTo("PROHIBITED");

    JsonPath trail =
        query(
            """
            query($id: ID!) {
              changes(entity: $id) { nodes { operation recordedBy recordedAt changedFields before after } }
            }
            """,
            "id",
            ruleId);
    List<Map<String, Object>> changes = trail.getList("data.changes.nodes");
    assertThat(changes).extracting(c -> c.get("operation")).containsExactly("INSERT", "UPDATE");
    assertThat(changes).extracting(c -> c.get("recordedBy")).containsOnly("oidc:test-admin");
    assertThat(trail.getList("data.changes.nodes[1].changedFields", String.class))
        .contains("effect");
    assertThat((String) changes.get(1).get("before")).contains("\"PERMIT\"");
    assertThat((String) changes.get(1).get("after")).contains("\"PROHIBIT\"");
  }

  @Test
  void invalidTermsAreRefusedAndWriteNothing() {
    String suffix = Fixtures.unique();
    String doc = document("terms-" + suffix, "USE_POLICY", Map.of());
    version(doc, "v1", "2024-01-01", List.of(), null);
    Map<String, Long> before = Database.rowCounts(dataSource);
    assertThat(codes(Map.of("document", doc, "label", "old", "effectiveFrom", "2023-06-01")))
        .containsExactly("DATE_ORDER");
    assertThat(
            codes(
                Map.of(
                    "document",
                    doc,
                    "label",
                    "inverted",
                    "effectiveFrom",
                    "2024-06-01",
                    "effectiveTo",
                    "2024-05-01")))
        .containsExactly("DATE_ORDER");
    assertThat(codes(Map.of("document", doc, "label", "v1", "effectiveFrom", "2024-06-01")))
        .containsExactly("DUPLICATE");
    assertThat(
            codes(
                Map.of(
                    "document",
                    doc,
                    "label",
                    "bad-country",
                    "effectiveFrom",
                    "2024-06-01",
                    "rules",
                    List.of(
                        rule(
                            "MILITARY",
                            "PERMIT",
                            "x",
                            Map.of("countries", List.of("USA", "FIVE_EYES")))))))
        .containsExactly("UNKNOWN_COUNTRY");
    assertThat(
            codes(
                Map.of(
                    "document",
                    doc,
                    "label",
                    "no-quote",
                    "effectiveFrom",
                    "2024-06-01",
                    "rules",
                    List.of(rule("MILITARY", "PROHIBIT", " ")))))
        .containsExactly("REQUIRED");
    Map<String, Object> unsourced =
        new HashMap<>(Map.of("document", doc, "label", "unsourced", "effectiveFrom", "2024-06-01"));
    unsourced.put("sources", List.of());
    assertThat(codes(unsourced)).containsExactly("REQUIRED");
    assertThat(Database.rowCounts(dataSource)).isEqualTo(before);
  }

  private static List<String> codes(Map<String, Object> input) {
    return PolicyFixtures.publish(input).getList("data.policyVersionPublish.userErrors.code");
  }
}
