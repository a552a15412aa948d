package org.modelterms.facts;

/** A use rule of a policy version in force. */
public record RuleFacts(
    long key, String useCategory, String effect, String quote, String conditionsJson) {

  public boolean restricts() {
    return !"PERMIT".equals(effect);
  }
}
