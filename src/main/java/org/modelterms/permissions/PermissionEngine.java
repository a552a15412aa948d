package org.modelterms.permissions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.modelterms.assessments.facts.ModelFacts;
import org.modelterms.assessments.facts.RuleFacts;
import org.modelterms.assessments.facts.TermsFacts;
import org.modelterms.policies.ConditionWords;
import org.modelterms.policies.RuleConditions;
import org.modelterms.policies.RuleConditionsJson;
import org.modelterms.policies.UseCategory;

/**
 * May this model be used for this use, on this date, by this actor? Plain Java over the terms in
 * force (see {@code domain.md}, "Permitted use"): a prohibition decides unless an exception in
 * force covers the actor; conditions the actor does not settle make the answer conditional; no
 * terms at all make it unknown.
 */
public final class PermissionEngine {

  private final Map<String, Set<String>> countryGroups;

  public PermissionEngine(Map<String, Set<String>> countryGroups) {
    this.countryGroups = countryGroups;
  }

  private record Applicable(
      TermsFacts terms, RuleFacts rule, RuleConditions conditions, Match match) {

    Decision.Deciding deciding() {
      return new Decision.Deciding(terms, rule, ConditionWords.of(conditions));
    }
  }

  public Decision decide(ModelFacts facts, UseCategory use, Actor actor) {
    String model = facts.slug();
    if (facts.terms().stream().noneMatch(t -> t.versionKey() != null)) {
      return new Decision(
          UseVerdict.UNKNOWN,
          false,
          List.of(),
          List.of(),
          "UNKNOWN: the registry holds no terms for "
              + model
              + " in force on "
              + facts.on()
              + ", so it does not guess.");
    }
    List<Applicable> prohibitions = new ArrayList<>();
    List<Applicable> permits = new ArrayList<>();
    List<Applicable> conditionals = new ArrayList<>();
    for (TermsFacts t : facts.terms()) {
      for (RuleFacts r : t.rules()) {
        if (!r.useCategory().equals(use.name())) {
          continue;
        }
        RuleConditions c = RuleConditionsJson.read(r.conditionsJson());
        Match match = Match.of(c, actor, facts.modality(), countryGroups);
        if (match == Match.NO) {
          continue;
        }
        Applicable a = new Applicable(t, r, c, match);
        switch (r.effect()) {
          case "PROHIBIT" -> prohibitions.add(a);
          case "PERMIT" -> permits.add(a);
          default -> conditionals.add(a);
        }
      }
    }
    String context = context(facts);
    if (!prohibitions.isEmpty()) {
      return prohibited(facts, use, context, prohibitions, permits);
    }
    if (!conditionals.isEmpty()) {
      List<String> conditions = conditionsOf(conditionals);
      return new Decision(
          UseVerdict.CONDITIONAL,
          true,
          conditions,
          deciding(conditionals),
          "CONDITIONAL: "
              + context
              + " "
              + cite(conditionals, "allows " + use + " use only if")
              + " Conditions: "
              + String.join("; ", conditions)
              + ".");
    }
    List<Applicable> explicitPermits =
        permits.stream().filter(p -> p.match() == Match.YES).toList();
    if (!explicitPermits.isEmpty()) {
      return new Decision(
          UseVerdict.PERMITTED,
          true,
          List.of(),
          deciding(explicitPermits),
          "PERMITTED: "
              + context
              + " "
              + cite(explicitPermits, "expressly permits " + use + " use"));
    }
    return new Decision(
        UseVerdict.PERMITTED,
        false,
        List.of(),
        List.of(),
        "PERMITTED: "
            + context
            + " No clause in force addresses "
            + use
            + " use, so the general grant of the terms covers it.");
  }

  private Decision prohibited(
      ModelFacts facts,
      UseCategory use,
      String context,
      List<Applicable> prohibitions,
      List<Applicable> permits) {
    List<Applicable> exceptions = permits.stream().filter(p -> p.match() == Match.YES).toList();
    String banned = cite(prohibitions, "prohibits " + use + " use");
    if (!exceptions.isEmpty()) {
      List<Decision.Deciding> rules = new ArrayList<>(deciding(exceptions));
      rules.addAll(deciding(prohibitions));
      return new Decision(
          UseVerdict.PERMITTED,
          true,
          List.of(),
          rules,
          "PERMITTED: "
              + context
              + " "
              + banned
              + " But t"
              + cite(exceptions, "permits it for this actor").substring(1));
    }
    boolean certain = prohibitions.stream().anyMatch(p -> p.match() == Match.YES);
    List<Applicable> possibleExceptions =
        permits.stream().filter(p -> p.match() == Match.UNKNOWN).toList();
    if (certain && possibleExceptions.isEmpty()) {
      return new Decision(
          UseVerdict.PROHIBITED,
          true,
          List.of(),
          deciding(prohibitions),
          "PROHIBITED: " + context + " " + banned);
    }
    List<String> conditions = new ArrayList<>();
    if (!possibleExceptions.isEmpty()) {
      conditionsOf(possibleExceptions).forEach(c -> conditions.add("allowed only if " + c));
    }
    if (!certain) {
      conditionsOf(prohibitions).forEach(c -> conditions.add("prohibited if " + c));
    }
    List<Decision.Deciding> rules = new ArrayList<>(deciding(prohibitions));
    rules.addAll(deciding(possibleExceptions));
    String exceptionText =
        possibleExceptions.isEmpty() ? "" : " " + cite(possibleExceptions, "permits it only when");
    return new Decision(
        UseVerdict.CONDITIONAL,
        true,
        conditions,
        rules,
        "CONDITIONAL: "
            + context
            + " "
            + banned
            + exceptionText
            + " It depends on the actor: "
            + String.join("; ", conditions)
            + ".");
  }

  private static List<String> conditionsOf(List<Applicable> rules) {
    Set<String> words = new LinkedHashSet<>();
    for (Applicable a : rules) {
      List<String> c = ConditionWords.of(a.conditions());
      words.add(c.isEmpty() ? "the terms' conditions are met" : String.join(" and ", c));
    }
    return List.copyOf(words);
  }

  private static List<Decision.Deciding> deciding(List<Applicable> rules) {
    return rules.stream().map(Applicable::deciding).toList();
  }

  /** "The Llama 3.1 AUP (version 2024-07-23, in force since 2024-07-23) prohibits …: "quote"." */
  private static String cite(List<Applicable> rules, String verb) {
    return rules.stream()
        .map(
            a -> {
              List<String> when = ConditionWords.of(a.conditions());
              return "The "
                  + a.terms().title()
                  + " (version \""
                  + a.terms().versionLabel()
                  + "\", in force since "
                  + a.terms().effectiveFrom()
                  + ") "
                  + verb
                  + (when.isEmpty() || verb.endsWith("if") || verb.endsWith("when")
                      ? ""
                      : " where " + String.join(" and ", when))
                  + (verb.endsWith("if") || verb.endsWith("when")
                      ? " " + String.join(" and ", when)
                      : "")
                  + ": \""
                  + a.rule().quote()
                  + "\".";
            })
        .collect(Collectors.joining(" "));
  }

  private static String context(ModelFacts facts) {
    String documents =
        facts.terms().stream()
            .filter(t -> t.versionKey() != null)
            .map(t -> t.title() + " (" + relation(t) + ")")
            .distinct()
            .collect(Collectors.joining(", "));
    return "On " + facts.on() + ", " + facts.slug() + " is governed by " + documents + ".";
  }

  private static String relation(TermsFacts t) {
    return switch (t.relation()) {
      case "BOUND" -> "its " + t.role().toLowerCase().replace('_', ' ');
      case "INHERITED" -> "passed down from its base model";
      case "INCORPORATED" -> "incorporated by reference";
      default -> "a statement amending its terms";
    };
  }
}
