package org.modelterms.facts;

import org.modelterms.policies.RuleEffect;
import org.modelterms.policies.UseCategory;

/**
 * A use rule of a policy version in force.
 *
 * @param conditionsJson the rule's conditions as stored, parsed by the permission engine only for
 *     the rules of the use it is asked about: a load reads the rules of every use, and the
 *     assessments read no conditions at all
 */
public record RuleFacts(
    long key, UseCategory useCategory, RuleEffect effect, String quote, String conditionsJson) {

  public boolean restricts() {
    return effect != RuleEffect.PERMIT;
  }
}
