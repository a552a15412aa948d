package org.modelterms.permissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.modelterms.dataset.DatasetFiles;
import org.modelterms.policies.ActorKind;
import org.modelterms.policies.DocumentKind;
import org.modelterms.policies.RuleEffect;
import org.modelterms.policies.api.RuleConditionsInput;
import org.modelterms.testing.Fixtures;
import org.modelterms.testing.PolicyFixtures;

/**
 * Every rule of the bundled dataset, read in the verdicts the registry gives over GraphQL: each
 * sentence that cites a rule must say what its conditions are, in the direction a reader acts on (a
 * threshold that limits permission reads "at most"), naming every threshold, country group, kind of
 * actor and approving organisation, and never the vacuous "the terms' conditions are met".
 */
@QuarkusTest
class ExplanationWordingTest {

  private static final String VACUOUS = "the terms' conditions are met";

  /** Actors that between them settle, unsettle and contradict every condition of the dataset. */
  private static final List<Map<String, Object>> ACTORS =
      List.of(
          Map.of(),
          Map.of("kind", "GOVERNMENT", "country", "US"),
          Map.of("monthlyActiveUsers", 1_000_000_000L, "country", "DE", "purpose", "RESEARCH"),
          Map.of("kind", "COMPANY", "country", "BR", "monthlyActiveUsers", 1_000L));

  private static final String REPORT =
      """
      query($models: [String!]!, $on: Date, $actor: ActorInput) {
        complianceReport(models: $models, on: $on, actor: $actor) {
          rows { model { slug } permissions {
            use verdict conditions explanation
            rules { effect quote document { title } version { label } }
          } }
        }
      }
      """;

  /** A rule of the dataset with what its wording must show. */
  private record Expected(
      String title, String label, String use, RuleEffect effect, String quote, List<String> must) {

    /** The sentence citing this rule in an explanation, up to its quote; null when not cited. */
    String segment(String explanation) {
      // "The" or, after "But", "the".
      int start = explanation.indexOf("he " + title + " (version \"" + label + "\"");
      if (start < 0) {
        return null;
      }
      int end = explanation.indexOf("\"" + quote + "\"", start);
      return end < 0 ? null : explanation.substring(start, end);
    }
  }

  @Test
  void everyRuleOfTheDatasetReadsTrueWhereverAVerdictCitesIt() {
    DatasetFiles.Dataset data = DatasetFiles.bundled();
    Map<String, String> organisations = new HashMap<>();
    data.organizations().forEach(o -> organisations.put(o.slug(), o.name()));
    List<Expected> rules = new ArrayList<>();
    Set<LocalDate> dates = new TreeSet<>();
    for (DatasetFiles.Document d : data.documents()) {
      for (DatasetFiles.Version v : d.versions()) {
        dates.add(v.effectiveFrom());
        for (DatasetFiles.Rule r : v.rules() == null ? List.<DatasetFiles.Rule>of() : v.rules()) {
          rules.add(
              new Expected(
                  d.title(),
                  v.label(),
                  r.use().name(),
                  r.effect(),
                  r.quote(),
                  must(r, organisations.get(d.publisher()))));
        }
      }
    }
    Set<Expected> cited = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    List<String> models = data.models().stream().map(DatasetFiles.Model::slug).toList();
    int verdicts = 0;
    for (LocalDate on : dates) {
      for (Map<String, Object> actor : ACTORS) {
        verdicts += read(report(models, on, actor), rules, cited, problems);
      }
    }
    // Documents no model of the dataset is governed by (open-data licences of datasets, policies
    // of services): bound to a fresh model each, through the API, so their rules are read too.
    String provider = Fixtures.organization("wording-" + Fixtures.unique());
    for (DatasetFiles.Document d : data.documents()) {
      boolean unread =
          d.versions().stream()
              .anyMatch(
                  v ->
                      rules.stream()
                              .anyMatch(
                                  e -> e.title().equals(d.title()) && e.label().equals(v.label()))
                          && rules.stream()
                              .filter(
                                  e -> e.title().equals(d.title()) && e.label().equals(v.label()))
                              .anyMatch(e -> !cited.contains(e)));
      if (!unread) {
        continue;
      }
      // No release day: a model's verdicts before its release are UNKNOWN, and these documents'
      // versions start long before any.
      String model = "wording-" + Fixtures.unique();
      Fixtures.registerModel(Map.of("slug", model, "name", "Model " + model, "provider", provider));
      PolicyFixtures.bound(
          model, d.slug(), role(d.kind()), d.versions().get(0).effectiveFrom().toString());
      for (DatasetFiles.Version v : d.versions()) {
        for (Map<String, Object> actor : ACTORS) {
          verdicts +=
              read(report(List.of(model), v.effectiveFrom(), actor), rules, cited, problems);
        }
      }
    }
    assertThat(problems.size())
        .as(
            "wording problems in %d verdicts, e.g.:%n%s",
            verdicts, String.join("\n", problems.stream().distinct().limit(30).toList()))
        .isZero();
    assertThat(rules.stream().filter(e -> !cited.contains(e)).map(Expected::toString).toList())
        .as("rules no verdict cites")
        .isEmpty();
  }

  /**
   * A document page lists each rule's conditions as whom the rule applies to, in the words the
   * explanations use: country groups by what they are, countries by name, a threshold as "more
   * than", excluded countries as "not in", an approval naming the publisher.
   */
  @Test
  void everyRuleOfTheDatasetReadsOnItsDocumentPageAsInTheExplanations() {
    DatasetFiles.Dataset data = DatasetFiles.bundled();
    Map<String, String> organisations = new HashMap<>();
    data.organizations().forEach(o -> organisations.put(o.slug(), o.name()));
    List<String> problems = new ArrayList<>();
    int read = 0;
    for (DatasetFiles.Document d : data.documents()) {
      JsonPath page =
          query(
                  """
                  query($slug: String!) {
                    policyDocument(slug: $slug) { versions { label rules { useCategory quote conditions } } }
                  }
                  """,
                  "slug",
                  d.slug())
              .setRootPath("data.policyDocument");
      for (DatasetFiles.Version v : d.versions()) {
        for (DatasetFiles.Rule r : v.rules() == null ? List.<DatasetFiles.Rule>of() : v.rules()) {
          List<String> shown = shownConditions(page, v.label(), r);
          read++;
          List<String> expected = onPage(r.conditions(), organisations.get(d.publisher()));
          String where = d.slug() + " " + v.label() + " " + r.use();
          if (shown == null) {
            problems.add(where + ": rule not on its page");
            continue;
          }
          for (String words : expected) {
            if (shown.stream().noneMatch(c -> c.contains(words))) {
              problems.add(where + ": lacks \"" + words + "\": " + shown);
            }
          }
          List<String> codes = new ArrayList<>();
          if (r.conditions() != null && r.conditions().countries() != null) {
            codes.addAll(r.conditions().countries());
          }
          if (r.conditions() != null && r.conditions().excludedCountries() != null) {
            codes.addAll(r.conditions().excludedCountries());
          }
          for (String code : codes) {
            if (shown.stream().noneMatch(c -> c.contains(place(code)))) {
              problems.add(where + ": does not name " + code + ": " + shown);
            }
            if (shown.stream()
                .map(c -> " " + c.replace(place(code), "") + " ")
                .anyMatch(c -> c.matches(".*\\W" + code + "\\W.*"))) {
              problems.add(where + ": shows the code " + code + ": " + shown);
            }
          }
          if (shown.size() != expected.size()) {
            problems.add(where + ": expected " + expected.size() + " conditions: " + shown);
          }
        }
      }
    }
    assertThat(read).isGreaterThan(100);
    assertThat(problems).as("conditions on document pages").isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static List<String> shownConditions(JsonPath page, String label, DatasetFiles.Rule r) {
    for (Map<String, Object> version : page.<Map<String, Object>>getList("versions")) {
      if (!label.equals(version.get("label"))) {
        continue;
      }
      for (Map<String, Object> rule : (List<Map<String, Object>>) version.get("rules")) {
        if (r.use().name().equals(rule.get("useCategory")) && r.quote().equals(rule.get("quote"))) {
          return (List<String>) rule.get("conditions");
        }
      }
    }
    return null;
  }

  /** One phrase per structured condition, in its "applies to" polarity. */
  private static List<String> onPage(RuleConditionsInput c, String publisher) {
    List<String> words = new ArrayList<>();
    if (c == null) {
      return words;
    }
    if (c.actorKinds() != null && !c.actorKinds().isEmpty()) {
      words.add("the actor is " + kind(c.actorKinds().get(0)));
    }
    if (c.countries() != null && !c.countries().isEmpty()) {
      words.add("the actor is in " + article(c.countries().get(0)) + place(c.countries().get(0)));
    }
    if (c.excludedCountries() != null && !c.excludedCountries().isEmpty()) {
      String code = c.excludedCountries().get(0);
      words.add("the actor is not in " + article(code) + place(code));
    }
    if (c.monthlyActiveUsersAbove() != null) {
      words.add(
          "the actor has more than "
              + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(c.monthlyActiveUsersAbove())
              + " monthly active users");
    }
    if (c.purposes() != null && !c.purposes().isEmpty()) {
      words.add("the purpose is " + c.purposes().get(0).name().toLowerCase(Locale.ROOT));
    }
    if (c.modalities() != null && !c.modalities().isEmpty()) {
      words.add("the model is " + c.modalities().get(0).name().toLowerCase(Locale.ROOT));
    }
    if (Boolean.TRUE.equals(c.requiresApproval())) {
      words.add("the use needs the prior approval of " + publisher);
    }
    return words;
  }

  private static String article(String code) {
    return switch (code) {
      case "EU", "NATO" -> "an ";
      case "FIVE_EYES" -> "a ";
      case "US", "GB" -> "the ";
      default -> "";
    };
  }

  private static JsonPath report(List<String> models, LocalDate on, Map<String, Object> actor) {
    return query(REPORT, "models", models, "on", on.toString(), "actor", actor)
        .setRootPath("data.complianceReport");
  }

  /** Checks every permission of a report; returns how many it read. */
  @SuppressWarnings("unchecked")
  private static int read(
      JsonPath report, List<Expected> rules, Set<Expected> cited, List<String> problems) {
    int count = 0;
    for (Map<String, Object> row : report.<Map<String, Object>>getList("rows")) {
      String model = (String) ((Map<String, Object>) row.get("model")).get("slug");
      for (Map<String, Object> p : (List<Map<String, Object>>) row.get("permissions")) {
        check(model, p, rules, cited, problems);
        count++;
      }
    }
    return count;
  }

  @SuppressWarnings("unchecked")
  private static void check(
      String model,
      Map<String, Object> permission,
      List<Expected> rules,
      Set<Expected> cited,
      List<String> problems) {
    String use = (String) permission.get("use");
    String verdict = (String) permission.get("verdict");
    String explanation = (String) permission.get("explanation");
    List<String> conditions = (List<String>) permission.get("conditions");
    String where = model + " " + use + " " + verdict;
    String whole = explanation + " | " + String.join("; ", conditions);
    if (whole.contains(VACUOUS)) {
      problems.add(where + ": vacuous: " + whole);
    }
    if (explanation.contains("..")) {
      problems.add(where + ": a sentence ends twice: " + explanation);
    }
    if (verdict.equals("CONDITIONAL") && conditions.isEmpty()) {
      problems.add(where + ": CONDITIONAL without conditions: " + explanation);
    }
    List<Map<String, Object>> deciding = (List<Map<String, Object>>) permission.get("rules");
    for (Expected e : rules) {
      if (!e.use().equals(use)) {
        continue;
      }
      String segment = e.segment(explanation);
      if (segment == null) {
        continue;
      }
      cited.add(e);
      boolean decides =
          deciding.stream()
              .anyMatch(
                  r ->
                      e.quote().equals(r.get("quote"))
                          && e.title()
                              .equals(((Map<String, Object>) r.get("document")).get("title")));
      for (String words : e.must()) {
        if (!segment.contains(words)) {
          problems.add(
              where + ": the sentence citing " + e + " lacks \"" + words + "\": " + segment);
        }
      }
      if (decides && verdict.equals("CONDITIONAL") && e.effect() == RuleEffect.CONDITIONAL) {
        for (String words : e.must()) {
          if (conditions.stream().noneMatch(c -> c.contains(words))) {
            problems.add(
                where + ": no condition of " + e + " says \"" + words + "\": " + conditions);
          }
        }
      }
    }
  }

  /** The words a sentence citing the rule must contain, from the rule's structure. */
  private static List<String> must(DatasetFiles.Rule r, String publisher) {
    List<String> words = new ArrayList<>();
    RuleConditionsInput c = r.conditions();
    boolean structured = false;
    if (c != null && c.monthlyActiveUsersAbove() != null) {
      String n =
          NumberFormat.getIntegerInstance(Locale.ENGLISH).format(c.monthlyActiveUsersAbove());
      // A threshold above which a rule restricts limits permission to those at or below it.
      words.add(r.effect() == RuleEffect.PROHIBIT ? "more than " + n : "at most " + n);
      structured = true;
    }
    if (c != null && Boolean.TRUE.equals(c.requiresApproval())) {
      words.add("approval of " + publisher);
      structured = true;
    }
    if (c != null && c.countries() != null) {
      c.countries().forEach(code -> words.add(place(code)));
      structured = true;
    }
    if (c != null && c.excludedCountries() != null) {
      c.excludedCountries().forEach(code -> words.add(place(code)));
      structured = true;
    }
    if (c != null && c.actorKinds() != null) {
      c.actorKinds().forEach(k -> words.add(kind(k)));
      structured = true;
    }
    if (c != null && c.purposes() != null) {
      c.purposes().forEach(p -> words.add(p.name().toLowerCase(Locale.ROOT)));
      structured = true;
    }
    if (c != null && c.modalities() != null) {
      c.modalities().forEach(m -> words.add(m.name().toLowerCase(Locale.ROOT)));
      structured = true;
    }
    if (!structured && r.effect() == RuleEffect.CONDITIONAL) {
      words.add("the registry cannot check");
    }
    return words;
  }

  private static String place(String code) {
    return switch (code) {
      case "EU" -> "EU member state";
      case "FIVE_EYES" -> "Five Eyes country";
      case "NATO" -> "NATO member state";
      default -> new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    };
  }

  private static String kind(ActorKind kind) {
    return switch (kind) {
      case GOVERNMENT -> "a government agency";
      case DEFENSE_CONTRACTOR -> "a defence contractor";
      case COMPANY -> "a company";
      case ACADEMIC -> "an academic institution";
      case INDIVIDUAL -> "an individual";
      case NON_PROFIT -> "a non-profit";
    };
  }

  private static String role(DocumentKind kind) {
    return switch (kind) {
      case LICENSE -> "LICENSE";
      case USE_POLICY -> "USE_POLICY";
      default -> "TERMS";
    };
  }
}
