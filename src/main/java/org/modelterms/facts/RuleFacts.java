package org.modelterms.facts;

import org.modelterms.policies.RuleEffect;
import org.modelterms.policies.UseCategory;

/** A use rule of a policy version in force. */
public record RuleFacts(
    long key, UseCategory useCategory, RuleEffect effect, String quote, String conditionsJson) {

  public boolean restricts() {
    return effect != RuleEffect.PERMIT;
  }
}
