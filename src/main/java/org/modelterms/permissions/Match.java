package org.modelterms.permissions;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelterms.models.Modality;
import org.modelterms.policies.RuleConditions;

/** Whether a rule's conditions hold for an actor: yes, no, or cannot tell (a fact not given). */
enum Match {
  YES,
  NO,
  UNKNOWN;

  static Match of(RuleConditions c, Actor a, Modality modality, Map<String, Set<String>> groups) {
    Match result = YES;
    if (!empty(c.actorKinds())) {
      result = result.and(a.kind() == null ? UNKNOWN : of(c.actorKinds().contains(a.kind())));
    }
    if (!empty(c.countries())) {
      result =
          result.and(a.country() == null ? UNKNOWN : of(in(a.country(), c.countries(), groups)));
    }
    if (!empty(c.excludedCountries())) {
      result =
          result.and(
              a.country() == null ? UNKNOWN : of(!in(a.country(), c.excludedCountries(), groups)));
    }
    if (c.monthlyActiveUsersAbove() != null) {
      result =
          result.and(
              a.monthlyActiveUsers() == null
                  ? UNKNOWN
                  : of(a.monthlyActiveUsers() > c.monthlyActiveUsersAbove()));
    }
    if (!empty(c.purposes())) {
      result = result.and(a.purpose() == null ? UNKNOWN : of(c.purposes().contains(a.purpose())));
    }
    if (!empty(c.modalities())) {
      result = result.and(modality == null ? UNKNOWN : of(c.modalities().contains(modality)));
    }
    return result;
  }

  private Match and(Match other) {
    if (this == NO || other == NO) {
      return NO;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : YES;
  }

  private static Match of(boolean holds) {
    return holds ? YES : NO;
  }

  private static boolean in(String country, List<String> codes, Map<String, Set<String>> groups) {
    for (String code : codes) {
      if (code.equals(country) || groups.getOrDefault(code, Set.of()).contains(country)) {
        return true;
      }
    }
    return false;
  }

  private static boolean empty(List<?> list) {
    return list == null || list.isEmpty();
  }
}
