package org.modelterms.policies;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.modelterms.models.Modality;

/**
 * Whom and what a rule applies to, stored as JSON on the rule. Every list left empty (or null) does
 * not narrow the rule. Countries are ISO 3166-1 alpha-2 codes or country groups (EU, FIVE_EYES,
 * NATO).
 *
 * @param excludedCountries the rule applies to everyone except actors of these countries
 * @param monthlyActiveUsersAbove the rule applies only above this many monthly active users
 * @param requiresApproval the use needs the provider's prior approval
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RuleConditions(
    List<ActorKind> actorKinds,
    List<String> countries,
    List<String> excludedCountries,
    Long monthlyActiveUsersAbove,
    List<Purpose> purposes,
    Boolean requiresApproval,
    List<Modality> modalities) {

  public static final RuleConditions NONE =
      new RuleConditions(null, null, null, null, null, null, null);

  public boolean isEmpty() {
    return isEmpty(actorKinds)
        && isEmpty(countries)
        && isEmpty(excludedCountries)
        && monthlyActiveUsersAbove == null
        && isEmpty(purposes)
        && !Boolean.TRUE.equals(requiresApproval)
        && isEmpty(modalities);
  }

  static boolean isEmpty(List<?> list) {
    return list == null || list.isEmpty();
  }
}
