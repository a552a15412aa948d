package org.modelterms.policies;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.modelterms.models.Modality;

/**
 * The one wording of a rule's structured conditions, shared by the document pages ({@code
 * UseRule.conditions}) and the permitted-use explanations, so that a rule reads the same everywhere
 * (see {@code docs/permitted-use.md}, "How conditions read"). A rule's conditions say whom it
 * applies to; each reads as it holds and as it fails. Prior approval narrows nothing: it is what
 * the rule asks of those it applies to.
 */
public final class ConditionWords {

  private static final Set<String> WITH_ARTICLE =
      Set.of("US", "GB", "AE", "NL", "PH", "BS", "GM", "DO", "CF", "MH", "SB", "MV", "CZ", "VA");

  private ConditionWords() {}

  /**
   * One structured condition: the conditions with only it, and how it reads when it holds and when
   * it does not.
   */
  public record Part(RuleConditions only, String holds, String fails) {}

  public static List<Part> parts(RuleConditions c) {
    List<Part> parts = new ArrayList<>();
    if (!empty(c.actorKinds())) {
      String kinds = or(c.actorKinds(), ConditionWords::kind);
      parts.add(
          new Part(
              new RuleConditions(c.actorKinds(), null, null, null, null, null, null),
              "the actor is " + kinds,
              "the actor is not " + kinds));
    }
    if (!empty(c.countries())) {
      String places = or(c.countries(), ConditionWords::place);
      parts.add(
          new Part(
              new RuleConditions(null, c.countries(), null, null, null, null, null),
              "the actor is in " + places,
              "the actor is not in " + places));
    }
    if (!empty(c.excludedCountries())) {
      String places = or(c.excludedCountries(), ConditionWords::place);
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
      String purposes = or(c.purposes(), p -> p.name().toLowerCase(Locale.ROOT));
      parts.add(
          new Part(
              new RuleConditions(null, null, null, null, c.purposes(), null, null),
              "the purpose is " + purposes,
              "the purpose is not " + purposes));
    }
    if (!empty(c.modalities())) {
      String modalities = or(c.modalities(), (Modality m) -> m.name().toLowerCase(Locale.ROOT));
      parts.add(
          new Part(
              new RuleConditions(null, null, null, null, null, null, c.modalities()),
              "the model is " + modalities,
              "the model is not " + modalities));
    }
    return parts;
  }

  /** Whom the rule applies to, one phrase per condition; empty when it applies to everyone. */
  public static List<String> appliesTo(RuleConditions c) {
    return parts(c).stream().map(Part::holds).toList();
  }

  /**
   * The rule's conditions as the API lists them with a rule: whom, then what it asks.
   *
   * @param approver who approves: the document's publisher by name (see {@link #approver})
   */
  public static List<String> of(RuleConditions c, String approver) {
    List<String> words = new ArrayList<>(appliesTo(c));
    if (approval(c)) {
      words.add("the use needs the prior approval of " + approver);
    }
    return words;
  }

  /** "the actor is a government agency and is in the United States" */
  public static String when(RuleConditions c) {
    return conjoin(appliesTo(c));
  }

  public static boolean approval(RuleConditions c) {
    return Boolean.TRUE.equals(c.requiresApproval());
  }

  /** Who approves: the document's publisher, by name when the registry knows it. */
  public static String approver(String publisher, String documentTitle) {
    return publisher != null ? publisher : "the publisher of the " + documentTitle;
  }

  public static String count(long n) {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
  }

  /** A country by name ("the United States"), a group by what it is ("an EU member state"). */
  public static String place(String code) {
    switch (code) {
      case "EU":
        return "an EU member state";
      case "FIVE_EYES":
        return "a Five Eyes country";
      case "NATO":
        return "a NATO member state";
      default:
        break;
    }
    if (!CountryGroups.isCountry(code)) {
      return "a country of the group " + code;
    }
    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    if (name.isEmpty() || name.equals(code)) {
      return code;
    }
    return WITH_ARTICLE.contains(code) ? "the " + name : name;
  }

  public static String kind(ActorKind kind) {
    return switch (kind) {
      case GOVERNMENT -> "a government agency";
      case DEFENSE_CONTRACTOR -> "a defence contractor";
      case COMPANY -> "a company";
      case ACADEMIC -> "an academic institution";
      case INDIVIDUAL -> "an individual";
      case NON_PROFIT -> "a non-profit";
    };
  }

  /** "a, b and c", naming the actor once: "the actor is X and is in Y". */
  public static String conjoin(List<String> phrases) {
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
