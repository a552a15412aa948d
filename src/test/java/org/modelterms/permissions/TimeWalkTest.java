package org.modelterms.permissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;
import static org.modelterms.testing.GraphQLClient.raw;
import static org.modelterms.testing.PolicyFixtures.bound;
import static org.modelterms.testing.PolicyFixtures.document;
import static org.modelterms.testing.PolicyFixtures.rule;
import static org.modelterms.testing.PolicyFixtures.version;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Fixtures;
import org.modelterms.testing.PolicyFixtures;

/**
 * Walks every field that takes a date ({@code on}) or a record time ({@code asKnownAt}), found by
 * introspecting the served schema so that a field added later is walked too, over record times
 * across the history (before the first load, between the dataset's known-at dates, between
 * corrections this test makes, now) and dates across each model's life (before its release, at it,
 * later). No answer may be an error, and every point-in-time verdict must agree with the other
 * fields' and with the timeline's entry for that day.
 */
@QuarkusTest
class TimeWalkTest {

  private static final String INTROSPECTION =
      """
      { __schema {
          queryType { name }
          types { name kind
            fields { name args { name type { ...T } } type { ...T } }
            enumValues { name } inputFields { name type { ...T } } }
      } }
      fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
      """;

  private static final String ACTOR = "{kind: GOVERNMENT, country: \"US\"}";

  /** A field taking a date or a record time, on the type it belongs to. */
  private record TimedField(
      String host, String name, String returns, List<Map<String, Object>> args) {
    boolean takes(String arg) {
      return args.stream().anyMatch(a -> arg.equals(a.get("name")));
    }
  }

  private Map<String, Map<String, Object>> types;

  @Test
  @SuppressWarnings("unchecked")
  void everyTimedFieldAnswersWithoutErrorAndAgreesWithTheTimeline() throws InterruptedException {
    types = new TreeMap<>();
    for (Map<String, Object> type :
        query(INTROSPECTION).<Map<String, Object>>getList("data.__schema.types")) {
      types.put((String) type.get("name"), type);
    }
    List<TimedField> fields = timedFields();
    assertThat(fields)
        .extracting(f -> f.host() + "." + f.name())
        .contains(
            "Query.usePermission",
            "Query.complianceReport",
            "Query.policyTimeline",
            "Model.usePermission",
            "Model.useTerms",
            "Model.osaid");

    // A model of this test's own, with corrections made between record times.
    Map<String, OffsetDateTime> times = new LinkedHashMap<>();
    times.put("before the first load", OffsetDateTime.parse("1990-01-01T00:00:00Z"));
    times.put("2024-10-01", OffsetDateTime.parse("2024-10-01T00:00:00Z"));
    times.put("2025-01-01", OffsetDateTime.parse("2025-01-01T00:00:00Z"));
    times.put("before the test's model", now());
    String suffix = Fixtures.unique();
    String provider = Fixtures.organization("walk-" + suffix);
    String doc = document("walk-terms-" + suffix, "LICENSE", Map.of("title", "Walk licence"));
    String v1 =
        version(
            doc,
            "Version 1",
            "2023-01-01",
            List.of(rule("MILITARY", "PROHIBIT", "No military use")),
            null);
    String model = "walk-" + suffix;
    assertThat(
            Fixtures.registerModel(
                    Map.of(
                        "slug",
                        model,
                        "name",
                        "Walk",
                        "provider",
                        provider,
                        "releasedOn",
                        "2023-06-01"))
                .getList("data.modelRegister.userErrors"))
        .isEmpty();
    bound(model, doc, "LICENSE", "2023-06-01");
    times.put("after the model was registered", now());
    String ruleId =
        query(
                "query($id: ID!) { node(id: $id) { ... on PolicyVersion { rules { id } } } }",
                "id",
                v1)
            .getString("data.node.rules[0].id");
    JsonPath corrected =
        query(
            """
            mutation($input: UseRuleCorrectInput!) {
              useRuleCorrect(input: $input) { rule { effect } userErrors { field message code } }
            }
            """,
            "input",
            Map.of(
                "rule",
                ruleId,
                "effect",
                "PERMIT",
                "sources",
                PolicyFixtures.source("https://example.org/walk/" + suffix)));
    assertThat(corrected.getList("data.useRuleCorrect.userErrors")).isEmpty();
    times.put("after the rule's correction", now());
    version(
        doc,
        "Version 2",
        "2024-06-01",
        List.of(
            rule(
                "MILITARY", "CONDITIONAL", "Only with approval", Map.of("requiresApproval", true))),
        null);
    times.put("after the second version", now());
    times.put("now", null);

    LocalDate today = LocalDate.now();
    Map<String, List<LocalDate>> models = new LinkedHashMap<>();
    models.put(model, lifeDates(LocalDate.parse("2023-06-01"), today));
    models.put("meta-llama/Llama-3.1-405B", lifeDates(LocalDate.parse("2024-07-23"), today));
    models.put("tiiuae/falcon-40b", lifeDates(LocalDate.parse("2023-05-25"), today));
    models.put(
        "chatbit", List.of(LocalDate.parse("1900-01-01"), LocalDate.parse("2024-06-01"), today));

    int answers = 0;
    for (Map.Entry<String, List<LocalDate>> m : models.entrySet()) {
      for (Map.Entry<String, OffsetDateTime> known : times.entrySet()) {
        String where = m.getKey() + " as known at " + known.getKey();
        List<Map<String, Object>> timeline = null;
        for (TimedField f : fields) {
          if (f.takes("on")) {
            continue;
          }
          Object answer = ask(f, m.getKey(), null, known.getValue(), where);
          answers++;
          if (f.name().equals("policyTimeline")) {
            timeline = (List<Map<String, Object>>) answer;
          }
        }
        for (LocalDate on : m.getValue()) {
          List<String> verdicts = new ArrayList<>();
          for (TimedField f : fields) {
            if (!f.takes("on") || (!f.takes("asKnownAt") && known.getValue() != null)) {
              continue;
            }
            Object answer = ask(f, m.getKey(), on, known.getValue(), where + " on " + on);
            answers++;
            if (f.takes("asKnownAt")) {
              collectMilitaryVerdicts(answer, verdicts);
            }
          }
          assertThat(verdicts).as(where + " on " + on).isNotEmpty();
          assertThat(verdicts.stream().distinct().toList())
              .as("every field's verdict for " + where + " on " + on)
              .hasSize(1);
          if (timeline != null) {
            String expected = timelineVerdict(timeline, on);
            if (timeline.isEmpty()) {
              assertThat(verdicts.get(0))
                  .as("no timeline, so no verdict: " + where + " on " + on)
                  .isEqualTo("UNKNOWN");
            } else if (expected != null) {
              assertThat(verdicts.get(0))
                  .as("the timeline's verdict for " + where + " on " + on)
                  .isEqualTo(expected);
            }
          }
        }
      }
    }
    assertThat(answers).isGreaterThan(100);
  }

  private static List<LocalDate> lifeDates(LocalDate release, LocalDate today) {
    return List.of(
        LocalDate.parse("1900-01-01"),
        release.minusDays(1),
        release,
        release.plusMonths(18).isAfter(today) ? today : release.plusMonths(18),
        today);
  }

  private static OffsetDateTime now() throws InterruptedException {
    Thread.sleep(20);
    OffsetDateTime now = OffsetDateTime.now();
    Thread.sleep(20);
    return now;
  }

  /** The verdict of the timeline's entry covering the day; null when the timeline starts later. */
  private static String timelineVerdict(List<Map<String, Object>> timeline, LocalDate on) {
    for (Map<String, Object> entry : timeline) {
      LocalDate from = LocalDate.parse((String) entry.get("from"));
      LocalDate to = entry.get("to") == null ? null : LocalDate.parse((String) entry.get("to"));
      if (!on.isBefore(from) && (to == null || on.isBefore(to))) {
        return (String) entry.get("verdict");
      }
    }
    return null;
  }

  /** Every verdict for MILITARY use in the answer, wherever it sits. */
  @SuppressWarnings("unchecked")
  private static void collectMilitaryVerdicts(Object node, List<String> verdicts) {
    if (node instanceof Map<?, ?> map) {
      if ("MILITARY".equals(map.get("use")) && map.get("verdict") != null) {
        verdicts.add((String) map.get("verdict"));
      }
      map.values().forEach(v -> collectMilitaryVerdicts(v, verdicts));
    } else if (node instanceof List<?> list) {
      list.forEach(v -> collectMilitaryVerdicts(v, verdicts));
    }
  }

  /** Asks one field; returns its answer. */
  private Object ask(
      TimedField field, String model, LocalDate on, OffsetDateTime known, String where) {
    Map<String, String> args = new LinkedHashMap<>();
    for (Map<String, Object> arg : field.args()) {
      String name = (String) arg.get("name");
      Map<String, Object> type = type(arg);
      switch (name) {
        case "on" -> {
          if (on != null) {
            args.put(name, "\"" + on + "\"");
          }
        }
        case "asKnownAt" -> {
          if (known != null) {
            args.put(name, "\"" + known + "\"");
          }
        }
        case "model" -> args.put(name, "\"" + model + "\"");
        case "models" -> args.put(name, "[\"" + model + "\"]");
        // A CycloneDX bill of materials naming the model alone.
        case "document" ->
            args.put(
                name,
                "\"{\\\"bomFormat\\\": \\\"CycloneDX\\\", \\\"specVersion\\\": \\\"1.6\\\","
                    + " \\\"components\\\": [{\\\"type\\\": \\\"machine-learning-model\\\","
                    + " \\\"name\\\": \\\""
                    + model
                    + "\\\"}]}\"");
        case "use" -> args.put(name, "MILITARY");
        case "actor" -> args.put(name, ACTOR);
        default -> {
          if ("NON_NULL".equals(type.get("kind"))) {
            throw new AssertionError(
                "Teach this test a value for "
                    + field.host()
                    + "."
                    + field.name()
                    + "("
                    + name
                    + ")");
          }
        }
      }
    }
    String call =
        field.name()
            + (args.isEmpty()
                ? ""
                : args.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", ", "(", ")")))
            + selection(field.returns(), 0);
    String document =
        switch (field.host()) {
          case "Query" -> "{ answer: " + call + " }";
          case "Model" ->
              "{ model"
                  + (model.contains("/") ? "(huggingFaceId: \"" : "(slug: \"")
                  + model
                  + "\") { answer: "
                  + call
                  + " } }";
          default ->
              throw new AssertionError(
                  "Teach this test how to reach "
                      + field.host()
                      + " to walk its field "
                      + field.name());
        };
    JsonPath r = raw(document);
    Object errors = r.get("errors");
    assertThat(errors).as(where + ": " + document).isNull();
    return r.get(field.host().equals("Model") ? "data.model.answer" : "data.answer");
  }

  /** Every field, of every type, that takes {@code on} or {@code asKnownAt}. */
  @SuppressWarnings("unchecked")
  private List<TimedField> timedFields() {
    List<TimedField> found = new ArrayList<>();
    for (Map<String, Object> type : types.values()) {
      List<Map<String, Object>> fields = (List<Map<String, Object>>) type.get("fields");
      if (fields == null || ((String) type.get("name")).startsWith("__")) {
        continue;
      }
      for (Map<String, Object> field : fields) {
        List<Map<String, Object>> args = (List<Map<String, Object>>) field.get("args");
        if (args.stream()
            .anyMatch(a -> a.get("name").equals("on") || a.get("name").equals("asKnownAt"))) {
          found.add(
              new TimedField(
                  (String) type.get("name"), (String) field.get("name"), namedType(field), args));
        }
      }
    }
    return found;
  }

  /** Scalars of the type, and of the objects under it to a small depth; a model by its slug. */
  @SuppressWarnings("unchecked")
  private String selection(String typeName, int depth) {
    Map<String, Object> type = types.get(typeName);
    String kind = (String) type.get("kind");
    if (kind.equals("SCALAR") || kind.equals("ENUM")) {
      return "";
    }
    if (typeName.equals("Model")) {
      return " { slug }";
    }
    if (kind.equals("INTERFACE") || kind.equals("UNION") || depth >= 3) {
      return " { __typename }";
    }
    List<String> parts = new ArrayList<>();
    for (Map<String, Object> f : (List<Map<String, Object>>) type.get("fields")) {
      List<Map<String, Object>> args = (List<Map<String, Object>>) f.get("args");
      if (args.stream().anyMatch(a -> "NON_NULL".equals(type(a).get("kind")))) {
        continue;
      }
      String name = (String) f.get("name");
      String inner = namedType(f);
      String innerKind = (String) types.get(inner).get("kind");
      if (innerKind.equals("SCALAR") || innerKind.equals("ENUM")) {
        parts.add(name);
      } else if (depth < 2 || inner.equals("UsePermission")) {
        parts.add(name + selection(inner, depth + 1));
      }
    }
    return parts.isEmpty() ? " { __typename }" : " { " + String.join(" ", parts) + " }";
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> type(Map<String, Object> field) {
    return (Map<String, Object>) field.get("type");
  }

  @SuppressWarnings("unchecked")
  private static String namedType(Map<String, Object> field) {
    Map<String, Object> t = type(field);
    while (t.get("name") == null) {
      t = (Map<String, Object>) t.get("ofType");
    }
    return (String) t.get("name");
  }
}
