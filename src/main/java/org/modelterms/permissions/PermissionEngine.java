package org.modelterms.permissions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.modelterms.facts.ModelFacts;
import org.modelterms.facts.RuleFacts;
import org.modelterms.facts.TermsFacts;
import org.modelterms.models.Modality;
import org.modelterms.policies.RuleConditions;
import org.modelterms.policies.RuleConditionsJson;
import org.modelterms.policies.RuleEffect;
import org.modelterms.policies.UseCategory;

/**
 * May this model be used for this use, on this date, by this actor? Plain Java over the terms in
 * force (see {@code docs/permitted-use.md}, "The verdict"): a prohibition decides unless an
 * exception in force covers the actor; conditions the actor does not settle make the answer
 * conditional; no terms at all make it unknown.
 */
public final class PermissionEngine {

  private final Map<String, Set<String>> countryGroups;
  private final ConditionWording wording;

  public PermissionEngine(Map<String, Set<String>> countryGroups) {
    this.countryGroups = countryGroups;
    this.wording = new ConditionWording(countryGroups);
  }

  private record Applicable(
      TermsFacts terms, RuleFacts rule, RuleConditions conditions, Match match) {}

  public Decision decide(ModelFacts facts, UseCategory use, Actor actor) {
    String model = facts.slug();
    if (facts.beforeRelease()) {
      return Undecided.beforeRelease(model, facts.releasedOn(), facts.on());
    }
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
    // Rules whose conditions do not hold for the actor decide nothing, but an explanation that
    // says no clause addresses the use would be false: they are cited as not applying.
    List<Applicable> outside = new ArrayList<>();
    for (TermsFacts t : facts.terms()) {
      for (RuleFacts r : t.rules()) {
        if (r.useCategory() != use) {
          continue;
        }
        RuleConditions c = RuleConditionsJson.read(r.conditionsJson());
        Match match = Match.of(c, actor, facts.modality(), countryGroups);
        Applicable a = new Applicable(t, r, c, match);
        if (match == Match.NO) {
          outside.add(a);
          continue;
        }
        switch (r.effect()) {
          case PROHIBIT -> prohibitions.add(a);
          case PERMIT -> permits.add(a);
          case CONDITIONAL -> conditionals.add(a);
        }
      }
    }
    String context = context(facts);
    if (!prohibitions.isEmpty()) {
      return prohibited(facts, use, actor, context, prohibitions, permits, conditionals, outside);
    }
    if (!conditionals.isEmpty()) {
      List<String> conditions = conditionsOf(conditionals);
      String alsoPermits = permits.isEmpty() ? "" : " " + cite(permits, use, Role.ALSO);
      return new Decision(
          UseVerdict.CONDITIONAL,
          true,
          conditions,
          deciding(conditionals),
          "CONDITIONAL: "
              + context
              + " "
              + cite(conditionals, use, Role.DECIDES)
              + alsoPermits
              + (conditions.size() > 1
                  ? " Each of these conditions applies: " + stop(String.join("; ", conditions))
                  : ""));
    }
    List<Applicable> explicitPermits =
        permits.stream().filter(p -> p.match() == Match.YES).toList();
    if (!explicitPermits.isEmpty()) {
      return new Decision(
          UseVerdict.PERMITTED,
          true,
          List.of(),
          deciding(explicitPermits),
          "PERMITTED: " + context + " " + cite(explicitPermits, use, Role.DECIDES));
    }
    List<Applicable> notSettling = new ArrayList<>(permits);
    notSettling.addAll(outside);
    if (notSettling.isEmpty()) {
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
    return new Decision(
        UseVerdict.PERMITTED,
        false,
        List.of(),
        List.of(),
        "PERMITTED: "
            + context
            + " "
            + cite(permits, use, Role.DECIDES)
            + (permits.isEmpty() || outside.isEmpty() ? "" : " ")
            + cite(outside, use, actor, facts.modality())
            + " No clause in force restricts "
            + use
            + " use for this actor, so the general grant of the terms covers it.");
  }

  private Decision prohibited(
      ModelFacts facts,
      UseCategory use,
      Actor actor,
      String context,
      List<Applicable> prohibitions,
      List<Applicable> permits,
      List<Applicable> conditionals,
      List<Applicable> outside) {
    // An exception asking for prior approval never settles the question: the registry records no
    // approvals, so it can only make the answer conditional.
    List<Applicable> exceptions =
        permits.stream()
            .filter(p -> p.match() == Match.YES && !ConditionWording.approval(p.conditions()))
            .toList();
    String banned = cite(prohibitions, use, Role.DECIDES);
    if (!exceptions.isEmpty()) {
      List<Decision.Deciding> rules = new ArrayList<>(deciding(exceptions));
      rules.addAll(deciding(prohibitions));
      String lifted = banned + " But t" + cite(exceptions, use, Role.EXCEPTION_HOLDS).substring(1);
      if (conditionals.isEmpty()) {
        return new Decision(
            UseVerdict.PERMITTED, true, List.of(), rules, "PERMITTED: " + context + " " + lifted);
      }
      // An exception lifts a prohibition; the conditions other clauses set on the use still stand.
      List<String> conditions = conditionsOf(conditionals);
      rules.addAll(deciding(conditionals));
      return new Decision(
          UseVerdict.CONDITIONAL,
          true,
          conditions,
          rules,
          "CONDITIONAL: "
              + context
              + " "
              + lifted
              + " "
              + cite(conditionals, use, Role.DECIDES)
              + (conditions.size() > 1
                  ? " Each of these conditions applies: " + stop(String.join("; ", conditions))
                  : ""));
    }
    boolean certain = prohibitions.stream().anyMatch(p -> p.match() == Match.YES);
    List<Applicable> possibleExceptions = permits;
    if (certain && possibleExceptions.isEmpty()) {
      List<Applicable> missedExceptions =
          outside.stream().filter(a -> a.rule().effect() == RuleEffect.PERMIT).toList();
      return new Decision(
          UseVerdict.PROHIBITED,
          true,
          List.of(),
          deciding(prohibitions),
          "PROHIBITED: "
              + context
              + " "
              + banned
              + (missedExceptions.isEmpty()
                  ? ""
                  : " " + cite(missedExceptions, use, actor, facts.modality())));
    }
    // Where no prohibition is certain, an actor it turns out not to cover meets the conditional
    // rules next: they are part of the answer.
    List<Applicable> alsoConditional = certain ? List.of() : conditionals;
    List<String> conditions = new ArrayList<>();
    if (!certain) {
      for (Applicable p : prohibitions) {
        conditions.add("prohibited" + wording.prohibitedWhere(p.conditions(), p.terms()));
      }
    }
    for (Applicable e : possibleExceptions) {
      conditions.add(
          (certain ? "permitted " : "where prohibited, permitted as an exception ")
              + wording.exception(e.conditions(), e.terms()));
    }
    conditions.addAll(conditionsOf(alsoConditional));
    List<Decision.Deciding> rules = new ArrayList<>(deciding(prohibitions));
    rules.addAll(deciding(possibleExceptions));
    rules.addAll(deciding(alsoConditional));
    String exceptionText =
        possibleExceptions.isEmpty()
            ? ""
            : " " + cite(possibleExceptions, use, Role.EXCEPTION_POSSIBLE);
    String conditionalText =
        alsoConditional.isEmpty() ? "" : " " + cite(alsoConditional, use, Role.DECIDES);
    return new Decision(
        UseVerdict.CONDITIONAL,
        true,
        List.copyOf(new LinkedHashSet<>(conditions)),
        rules,
        "CONDITIONAL: "
            + context
            + " "
            + banned
            + exceptionText
            + conditionalText
            + " It depends on the actor: "
            + stop(String.join("; ", new LinkedHashSet<>(conditions))));
  }

  /** What each conditional rule permits, as a reader acts on it. */
  private List<String> conditionsOf(List<Applicable> rules) {
    Set<String> words = new LinkedHashSet<>();
    for (Applicable a : rules) {
      String clause = "the clause \"" + a.rule().quote() + "\" of the " + a.terms().title();
      words.add("permitted " + wording.conditional(a.conditions(), a.terms(), clause));
    }
    return List.copyOf(words);
  }

  private List<Decision.Deciding> deciding(List<Applicable> rules) {
    return rules.stream()
        .map(
            a ->
                new Decision.Deciding(
                    a.terms(), a.rule(), wording.words(a.conditions(), a.terms())))
        .toList();
  }

  /** How a cited rule stands to the verdict. */
  private enum Role {
    /** It decides: a prohibition, an express permission or a conditional rule. */
    DECIDES,
    /** A permission cited beside the rules that decide. */
    ALSO,
    /** An exception that covers the actor. */
    EXCEPTION_HOLDS,
    /** An exception that may cover the actor. */
    EXCEPTION_POSSIBLE
  }

  /**
   * "The Llama 3.1 AUP (version "…", in force since 2024-07-23) prohibits MILITARY use: "quote"."
   */
  private String cite(List<Applicable> rules, UseCategory use, Role role) {
    return rules.stream()
        .map(a -> source(a) + " " + verb(a, use, role) + ": \"" + a.rule().quote() + "\".")
        .collect(Collectors.joining(" "));
  }

  /** Rules whose conditions do not hold for the actor, each with the condition that fails. */
  private String cite(List<Applicable> rules, UseCategory use, Actor actor, Modality modality) {
    return rules.stream()
        .map(
            a -> {
              String fails = wording.outside(a.conditions(), actor, modality);
              return source(a)
                  + " "
                  + verb(a, use, Role.DECIDES)
                  + ": \""
                  + a.rule().quote()
                  + "\"."
                  + (fails.isEmpty() ? "" : " It does not apply to this actor: " + stop(fails));
            })
        .collect(Collectors.joining(" "));
  }

  /** Ends a sentence once, also after a name ending in a full stop ("Meta Platforms, Inc."). */
  private static String stop(String sentence) {
    return sentence.endsWith(".") ? sentence : sentence + ".";
  }

  private static String source(Applicable a) {
    TermsFacts t = a.terms();
    return "The "
        + t.title()
        + " (version \""
        + t.versionLabel()
        + "\", "
        + (t.effectiveTo() == null
            ? "in force since " + t.effectiveFrom()
            : "in force from " + t.effectiveFrom() + " to " + t.effectiveTo().minusDays(1))
        + ")";
  }

  private String verb(Applicable a, UseCategory use, Role role) {
    RuleConditions c = a.conditions();
    TermsFacts t = a.terms();
    return switch (role) {
      case ALSO -> "also permits " + use + " use" + wording.permittedWhere(c, t);
      case EXCEPTION_HOLDS -> "permits it for this actor" + wording.permittedWhere(c, t);
      case EXCEPTION_POSSIBLE -> "permits it " + wording.exception(c, t);
      case DECIDES ->
          switch (a.rule().effect()) {
            case PROHIBIT -> "prohibits " + use + " use" + wording.prohibitedWhere(c, t);
            case PERMIT -> "expressly permits " + use + " use" + wording.permittedWhere(c, t);
            case CONDITIONAL ->
                "permits " + use + " use " + wording.conditional(c, t, "this clause");
          };
    };
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
      case BOUND -> "its " + t.role().name().toLowerCase().replace('_', ' ');
      case INHERITED -> "passed down from its base model";
      case INCORPORATED -> "incorporated by reference";
      case AMENDS -> "a statement amending its terms";
    };
  }
}
