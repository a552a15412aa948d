package org.modelterms.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes policy documents, versions, rules and bindings through the public API. */
public final class PolicyFixtures {

  private PolicyFixtures() {}

  public static List<Map<String, Object>> source(String url) {
    return List.of(Map.of("url", url, "retrievedOn", "2026-11-01"));
  }

  public static String document(String slug, String kind, Map<String, Object> extra) {
    Map<String, Object> input = new HashMap<>(extra);
    input.put("slug", slug);
    input.put("title", extra.getOrDefault("title", "Document " + slug));
    input.put("kind", kind);
    input.put("sources", source("https://example.org/" + slug));
    JsonPath r =
        query(
            """
            mutation($input: PolicyDocumentRegisterInput!) {
              policyDocumentRegister(input: $input) { document { slug } userErrors { field message code } }
            }
            """,
            "input",
            input);
    assertThat(r.getList("data.policyDocumentRegister.userErrors")).isEmpty();
    return slug;
  }

  /** Publishes a version; returns the payload (version id, userErrors). */
  public static JsonPath publish(Map<String, Object> input) {
    Map<String, Object> withSource = new HashMap<>(input);
    withSource.putIfAbsent(
        "sources",
        source("https://example.org/" + input.get("document") + "/" + Fixtures.unique()));
    return query(
        """
        mutation($input: PolicyVersionPublishInput!) {
          policyVersionPublish(input: $input) {
            version { id label effectiveFrom effectiveTo rules { id useCategory effect quote conditions } }
            userErrors { field message code }
          }
        }
        """,
        "input",
        withSource);
  }

  public static String version(
      String document, String label, String from, List<Map<String, Object>> rules, String text) {
    Map<String, Object> input = new HashMap<>();
    input.put("document", document);
    input.put("label", label);
    input.put("effectiveFrom", from);
    input.put("rules", rules);
    if (text != null) {
      input.put("text", text);
    }
    JsonPath r = publish(input);
    assertThat(r.getList("data.policyVersionPublish.userErrors")).isEmpty();
    return r.getString("data.policyVersionPublish.version.id");
  }

  public static Map<String, Object> rule(String use, String effect, String quote) {
    return Map.of("useCategory", use, "effect", effect, "quote", quote);
  }

  public static Map<String, Object> rule(
      String use, String effect, String quote, Map<String, Object> conditions) {
    return Map.of("useCategory", use, "effect", effect, "quote", quote, "conditions", conditions);
  }

  public static JsonPath bind(String model, String document, String role, String from) {
    return query(
        """
        mutation($input: ModelBindInput!) {
          modelBind(input: $input) { policy { role effectiveFrom effectiveTo document { slug } } userErrors { field message code } }
        }
        """,
        "input",
        Map.of(
            "model", model,
            "document", document,
            "role", role,
            "effectiveFrom", from,
            "sources", source("https://example.org/bind/" + model)));
  }

  public static void bound(String model, String document, String role, String from) {
    assertThat(bind(model, document, role, from).getList("data.modelBind.userErrors")).isEmpty();
  }
}
