package org.modelterms.policies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelterms.policies.api.RuleConditionsInput;
import org.modelterms.policies.api.UseRuleInput;
import org.modelterms.shared.errors.Problems;
import org.modelterms.shared.errors.UserErrorCode;

/** Checks use rules and writes them with their conditions as JSON. */
@ApplicationScoped
public class RuleValidator {

  @Inject CountryGroups countryGroups;

  void check(UseRuleInput input, Problems problems, String... path) {
    if (input == null) {
      problems.add(UserErrorCode.REQUIRED, "A rule cannot be null.", path);
      return;
    }
    problems.requireText(input.quote(), 5000, append(path, "quote"));
    problems.optionalText(input.note(), 5000, append(path, "note"));
    RuleConditionsInput c = input.conditions();
    if (c == null) {
      return;
    }
    Map<String, Set<String>> groups = countryGroups.groups();
    countries(c.countries(), groups, problems, append(path, "conditions", "countries"));
    countries(
        c.excludedCountries(), groups, problems, append(path, "conditions", "excludedCountries"));
    if (c.monthlyActiveUsersAbove() != null && c.monthlyActiveUsersAbove() < 0) {
      problems.add(
          UserErrorCode.OUT_OF_RANGE,
          "A user threshold is zero or more.",
          append(path, "conditions", "monthlyActiveUsersAbove"));
    }
  }

  private static void countries(
      List<String> codes, Map<String, Set<String>> groups, Problems problems, String... path) {
    if (codes == null) {
      return;
    }
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      if (!CountryGroups.isCountry(code) && !groups.containsKey(code)) {
        problems.add(
            UserErrorCode.UNKNOWN_COUNTRY,
            "\""
                + code
                + "\" is neither an ISO 3166-1 alpha-2 code (e.g. \"US\") nor a country"
                + " group ("
                + String.join(", ", groups.keySet().stream().sorted().toList())
                + ").",
            append(path, String.valueOf(i)));
      }
    }
  }

  UseRuleEntity write(long versionKey, UseRuleInput input) {
    UseRuleEntity rule = new UseRuleEntity();
    rule.versionId = versionKey;
    rule.useCategory = input.useCategory();
    apply(rule, input, null);
    rule.persist();
    return rule;
  }

  /** Sets a rule's fields; {@code keptConditions} keeps the stored JSON when none is given. */
  void apply(UseRuleEntity rule, UseRuleInput input, String keptConditions) {
    rule.effect = input.effect();
    rule.quote = input.quote().strip();
    rule.note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
    rule.conditions =
        keptConditions != null
            ? keptConditions
            : RuleConditionsJson.write(conditions(input.conditions()));
  }

  static RuleConditions conditions(RuleConditionsInput c) {
    if (c == null) {
      return RuleConditions.NONE;
    }
    return new RuleConditions(
        c.actorKinds(),
        c.countries(),
        c.excludedCountries(),
        c.monthlyActiveUsersAbove(),
        c.purposes(),
        c.requiresApproval(),
        c.modalities());
  }

  private static String[] append(String[] path, String... parts) {
    String[] longer = java.util.Arrays.copyOf(path, path.length + parts.length);
    System.arraycopy(parts, 0, longer, path.length, parts.length);
    return longer;
  }
}
