package org.modelterms.permissions;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.modelterms.assessments.facts.TermsFacts;
import org.modelterms.models.Modality;
import org.modelterms.policies.ActorKind;
import org.modelterms.policies.Purpose;
import org.modelterms.policies.RuleConditions;

/**
 * A rule's conditions in words that say what the engine decides, in the direction a reader acts on
 * (see {@code docs/permitted-use.md}, "How conditions read"). The engine reads a rule's structured
 * conditions as whom the rule applies to ({@link Match}); where they do not hold, the rule does not
 * restrict the use. Prior approval narrows nothing: it is what the rule asks of those it applies
 * to. A conditional rule with neither is conditioned by its own clause, which the registry cannot
 * check, so its words send the reader to that clause.
 */
final class ConditionWording {

  private static final Set<String> WITH_ARTICLE =
      Set.of("US", "GB", "AE", "NL", "PH", "BS", "GM", "DO", "CF", "MH", "SB", "MV", "CZ", "VA");

  private final Map<String, Set<String>> groups;

  ConditionWording(Map<String, Set<String>> groups) {
    this.groups = groups;
  }

  /**
   * One structured condition: the conditions with only it, and how it reads when it holds and when
   * it does not.
   */
  record Part(RuleConditions only, String holds, String fails) {}

  List<Part> parts(RuleConditions c) {
    List<Part> parts = new ArrayList<>();
    if (!empty(c.actorKinds())) {
      String kinds = or(c.actorKinds(), ConditionWording::kind);
      parts.add(
          new Part(
              new RuleConditions(c.actorKinds(), null, null, null, null, null, null),
              "the actor is " + kinds,
              "the actor is not " + kinds));
    }
    if (!empty(c.countries())) {
      String places = or(c.countries(), this::place);
      parts.add(
          new Part(
              new RuleConditions(null, c.countries(), null, null, null, null, null),
              "the actor is in " + places,
              "the actor is not in " + places));
    }
    if (!empty(c.excludedCountries())) {
      String places = or(c.excludedCountries(), this::place);
      parts.add(
          new Part(
              new RuleConditions(null, null, c.excludedCountries(), null, null, null, null),
              "the actor is not in " + places,
              "the actor is in " + places));
    }
    if (c.monthlyActiveUsersAbove() != null) {
      String users = count(c.monthlyActiveUsersAbove()) + " monthly active users";
      parts.add(
          new Part(
              new RuleConditions(null, null, null, c.monthlyActiveUsersAbove(), null, null, null),
              "the actor has more than " + users,
              "the actor has at most " + users));
    }
    if (!empty(c.purposes())) {
      String purposes = or(c.purposes(), ConditionWording::purpose);
      parts.add(
          new Part(
              new RuleConditions(null, null, null, null, c.purposes(), null, null),
              "the purpose is " + purposes,
              "the purpose is not " + purposes));
    }
    if (!empty(c.modalities())) {
      String modalities = or(c.modalities(), ConditionWording::modality);
      parts.add(
          new Part(
              new RuleConditions(null, null, null, null, null, null, c.modalities()),
              "the model is " + modalities,
              "the model is not " + modalities));
    }
    return parts;
  }

  /** Whom the rule applies to, one phrase per condition; empty when it applies to everyone. */
  List<String> appliesTo(RuleConditions c) {
    return parts(c).stream().map(Part::holds).toList();
  }

  /** The rule's conditions as the API lists them with a clause: whom, then what it asks. */
  List<String> words(RuleConditions c, TermsFacts terms) {
    List<String> words = new ArrayList<>(appliesTo(c));
    if (approval(c)) {
      words.add("the use needs the prior approval of " + approver(terms));
    }
    return words;
  }

  /** "the actor is a government agency and is in the United States" */
  String when(RuleConditions c) {
    return conjoin(appliesTo(c));
  }

  /**
   * What a CONDITIONAL rule permits, after "permits … use" or "permitted": "while the actor has at
   * most 700,000,000 monthly active users; above that, only with the prior approval of Meta".
   *
   * @param clause how to name the rule's clause when its own text is the condition
   */
  String conditional(RuleConditions c, TermsFacts terms, String clause) {
    String only =
        approval(c)
            ? "only with the prior approval of " + approver(terms)
            : "only as far as "
                + clause
                + " allows, which the registry cannot check (read it against the intended use)";
    List<Part> parts = parts(c);
    if (parts.isEmpty()) {
      return only;
    }
    if (parts.size() == 1 && c.monthlyActiveUsersAbove() != null) {
      return "while " + parts.get(0).fails() + "; above that, " + only;
    }
    return "unless " + when(c) + "; where that holds, " + only;
  }

  /** What an exception permits: "only if the actor is … , with the prior approval of Anthropic". */
  String exception(RuleConditions c, TermsFacts terms) {
    String when = when(c);
    String approval = approval(c) ? "with the prior approval of " + approver(terms) : "";
    if (when.isEmpty()) {
      return "only " + approval;
    }
    return "only if " + when + (approval.isEmpty() ? "" : ", " + approval);
  }

  /** Where a prohibition applies: " where the actor is in an EU member state and …". */
  String prohibitedWhere(RuleConditions c, TermsFacts terms) {
    String when = when(c);
    return (when.isEmpty() ? "" : " where " + when)
        + (approval(c) ? " without the prior approval of " + approver(terms) : "");
  }

  /** Where an express permission applies: " where the actor is …, with the prior approval …". */
  String permittedWhere(RuleConditions c, TermsFacts terms) {
    String when = when(c);
    return (when.isEmpty() ? "" : " where " + when)
        + (approval(c) ? ", with the prior approval of " + approver(terms) : "");
  }

  /** The conditions that fail for the actor, as they read failing: why a rule does not apply. */
  String outside(RuleConditions c, Actor actor, String modality) {
    return conjoin(
        parts(c).stream()
            .filter(p -> Match.of(p.only(), actor, modality, groups) == Match.NO)
            .map(Part::fails)
            .toList());
  }

  static boolean approval(RuleConditions c) {
    return Boolean.TRUE.equals(c.requiresApproval());
  }

  /** Who approves: the document's publisher, by name when the registry knows it. */
  static String approver(TermsFacts terms) {
    return terms.publisher() != null ? terms.publisher() : "the publisher of the " + terms.title();
  }

  static String count(long n) {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
  }

  private String place(String code) {
    if (groups.containsKey(code)) {
      return switch (code) {
        case "EU" -> "an EU member state";
        case "FIVE_EYES" -> "a Five Eyes country";
        case "NATO" -> "a NATO member state";
        default -> "a country of the group " + code;
      };
    }
    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    if (name.isEmpty() || name.equals(code)) {
      return code;
    }
    return WITH_ARTICLE.contains(code) ? "the " + name : name;
  }

  static String kind(ActorKind kind) {
    return switch (kind) {
      case GOVERNMENT -> "a government agency";
      case DEFENSE_CONTRACTOR -> "a defence contractor";
      case COMPANY -> "a company";
      case ACADEMIC -> "an academic institution";
      case INDIVIDUAL -> "an individual";
      case NON_PROFIT -> "a non-profit";
    };
  }

  private static String purpose(Purpose p) {
    return p.name().toLowerCase(Locale.ROOT);
  }

  private static String modality(Modality m) {
    return m.name().toLowerCase(Locale.ROOT);
  }

  /** "a, b and c", naming the actor once: "the actor is X and is in Y". */
  private static String conjoin(List<String> phrases) {
    List<String> shortened = new ArrayList<>();
    for (int i = 0; i < phrases.size(); i++) {
      String p = phrases.get(i);
      boolean sameSubject =
          i > 0 && p.startsWith("the actor ") && phrases.get(i - 1).startsWith("the actor ");
      shortened.add(sameSubject ? p.substring("the actor ".length()) : p);
    }
    return join(shortened, "and");
  }

  private static <T> String or(List<T> items, Function<T, String> words) {
    return join(items.stream().map(words).toList(), "or");
  }

  private static String join(List<String> items, String conjunction) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", "))
        + " "
        + conjunction
        + " "
        + items.get(items.size() - 1);
  }

  private static boolean empty(List<?> list) {
    return list == null || list.isEmpty();
  }
}
