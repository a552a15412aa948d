package org.modelterms.permissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.Fixtures.unique;
import static org.modelterms.testing.GraphQLClient.query;
import static org.modelterms.testing.PolicyFixtures.bound;
import static org.modelterms.testing.PolicyFixtures.document;
import static org.modelterms.testing.PolicyFixtures.publish;
import static org.modelterms.testing.PolicyFixtures.rule;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Fixtures;

/** Cached verdicts never outlive a write: the request after a mutation sees what it changed. */
@QuarkusTest
class DecisionCacheTest {

  @Inject AgroalDataSource dataSource;

  private static final String PERMISSION =
      """
      query($m: String!) {
        usePermission(model: $m, use: MILITARY, on: "2025-06-01") {
          verdict
          rules { quote sources { source { url } } }
        }
      }
      """;

  private static JsonPath militaryUse(String model) {
    return query(PERMISSION, "m", model);
  }

  private static String publishVersion(String document, String label, String from, String use) {
    Map<String, Object> input = new HashMap<>();
    input.put("document", document);
    input.put("label", label);
    input.put("effectiveFrom", from);
    input.put("rules", List.of(rule(use, "PROHIBIT", "No " + use.toLowerCase() + " use.")));
    JsonPath r = publish(input);
    assertThat(r.getList("data.policyVersionPublish.userErrors")).isEmpty();
    return r.getString("data.policyVersionPublish.version.rules[0].id");
  }

  @Test
  void aNewVersionAndANewSourceShowInTheNextAnswer() {
    String provider = Fixtures.organization("cache-" + unique());
    String model = Fixtures.openModel(provider, "cache-model-" + unique());
    String policy = document("cache-aup-" + unique(), "USE_POLICY", Map.of());
    publishVersion(policy, "v1", "2024-01-01", "WEAPONS");
    bound(model, policy, "USE_POLICY", "2024-01-01");

    assertThat(militaryUse(model).getString("data.usePermission.verdict")).isEqualTo("PERMITTED");
    assertThat(militaryUse(model).getString("data.usePermission.verdict")).isEqualTo("PERMITTED");

    String rule = publishVersion(policy, "v2", "2025-01-01", "MILITARY");
    JsonPath afterPublishing = militaryUse(model);
    assertThat(afterPublishing.getString("data.usePermission.verdict")).isEqualTo("PROHIBITED");
    assertThat(afterPublishing.getList("data.usePermission.rules[0].sources")).hasSize(1);

    JsonPath attached =
        query(
            """
            mutation($input: SourceAttachInput!) {
              sourceAttach(input: $input) { userErrors { code } }
            }
            """,
            "input",
            Map.of("subject", rule, "source", Map.of("url", "https://press.example/" + unique())));
    assertThat(attached.getList("data.sourceAttach.userErrors")).isEmpty();
    assertThat(militaryUse(model).getList("data.usePermission.rules[0].sources")).hasSize(2);
  }

  @Test
  void aBindingShowsInTheNextAnswer() {
    String provider = Fixtures.organization("cache-" + unique());
    String model = Fixtures.openModel(provider, "cache-model-" + unique());
    String policy = document("cache-aup-" + unique(), "USE_POLICY", Map.of());
    publishVersion(policy, "v1", "2024-01-01", "MILITARY");

    // No terms recorded for the model yet: the registry does not guess.
    assertThat(militaryUse(model).getString("data.usePermission.verdict")).isEqualTo("UNKNOWN");
    bound(model, policy, "USE_POLICY", "2024-01-01");
    assertThat(militaryUse(model).getString("data.usePermission.verdict")).isEqualTo("PROHIBITED");
  }

  @Test
  void aWriteAnnouncedByAnotherInstanceEmptiesTheCache() throws Exception {
    String provider = Fixtures.organization("cache-" + unique());
    String model = Fixtures.openModel(provider, "cache-model-" + unique());
    String policy = document("cache-aup-" + unique(), "USE_POLICY", Map.of());
    publishVersion(policy, "v1", "2024-01-01", "WEAPONS");
    bound(model, policy, "USE_POLICY", "2024-01-01");
    assertThat(militaryUse(model).getString("data.usePermission.verdict")).isEqualTo("PERMITTED");

    // Another instance changes the rule: this instance's transaction never sees it happen.
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "update use_rule set use_category = 'MILITARY' where version_id in (select v.id from"
              + " policy_version v join policy_document d on d.id = v.document_id where d.slug = '"
              + policy
              + "')");
    }
    assertThat(militaryUse(model).getString("data.usePermission.verdict"))
        .as("still cached: nothing announced the change")
        .isEqualTo("PERMITTED");

    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "select pg_notify('modelterms_changes', '{\"origin\":\"another-instance\",\"kind\":\"FACTS\"}')");
    }
    String verdict = null;
    for (int i = 0; i < 50 && !"PROHIBITED".equals(verdict); i++) {
      Thread.sleep(100);
      verdict = militaryUse(model).getString("data.usePermission.verdict");
    }
    assertThat(verdict).isEqualTo("PROHIBITED");
  }
}
