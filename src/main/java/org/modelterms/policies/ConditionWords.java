package org.modelterms.policies;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Rule conditions in plain words, for explanations a compliance officer can paste. */
public final class ConditionWords {

  private ConditionWords() {}

  public static List<String> of(RuleConditions c) {
    List<String> words = new ArrayList<>();
    if (!RuleConditions.isEmpty(c.actorKinds())) {
      words.add(
          "the actor is " + join(c.actorKinds().stream().map(ConditionWords::kind).toList(), "or"));
    }
    if (!RuleConditions.isEmpty(c.countries())) {
      words.add("the actor is in " + join(c.countries(), "or"));
    }
    if (!RuleConditions.isEmpty(c.excludedCountries())) {
      words.add("the actor is not in " + join(c.excludedCountries(), "or"));
    }
    if (c.monthlyActiveUsersAbove() != null) {
      words.add(
          "the actor has more than "
              + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(c.monthlyActiveUsersAbove())
              + " monthly active users");
    }
    if (!RuleConditions.isEmpty(c.purposes())) {
      words.add(
          "the purpose is "
              + join(
                  c.purposes().stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList(),
                  "or"));
    }
    if (!RuleConditions.isEmpty(c.modalities())) {
      words.add(
          "the model is "
              + join(
                  c.modalities().stream().map(m -> m.name().toLowerCase(Locale.ROOT)).toList(),
                  "or"));
    }
    if (Boolean.TRUE.equals(c.requiresApproval())) {
      words.add("the provider has approved the use in advance");
    }
    return words;
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
}
