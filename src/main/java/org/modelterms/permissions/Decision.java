package org.modelterms.permissions;

import java.util.List;
import org.modelterms.facts.RuleFacts;
import org.modelterms.facts.TermsFacts;

/** The engine's answer: the verdict, the rules that decided it and the words that explain it. */
public record Decision(
    UseVerdict verdict,
    boolean explicit,
    List<String> conditions,
    List<Deciding> rules,
    String explanation) {

  /** A rule that decided the verdict, with the document version it belongs to. */
  public record Deciding(TermsFacts terms, RuleFacts rule, List<String> conditionWords) {}
}
