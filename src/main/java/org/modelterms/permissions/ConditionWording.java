package org.modelterms.permissions;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelterms.facts.TermsFacts;
import org.modelterms.models.Modality;
import org.modelterms.policies.ConditionWords;
import org.modelterms.policies.ConditionWords.Part;
import org.modelterms.policies.RuleConditions;

/**
 * A rule's conditions in words that say what the engine decides, in the direction a reader acts on
 * (see {@code docs/permitted-use.md}, "How conditions read"). The engine reads a rule's structured
 * conditions as whom the rule applies to ({@link Match}); where they do not hold, the rule does not
 * restrict the use. A conditional rule with neither conditions nor approval is conditioned by its
 * own clause, which the registry cannot check, so its words send the reader to that clause. The
 * phrases themselves are {@link ConditionWords}', so a rule reads as it does on its document page.
 */
final class ConditionWording {

  private final Map<String, Set<String>> groups;

  ConditionWording(Map<String, Set<String>> groups) {
    this.groups = groups;
  }

  /** The rule's conditions as the API lists them with a clause: whom, then what it asks. */
  List<String> words(RuleConditions c, TermsFacts terms) {
    return ConditionWords.of(c, approver(terms));
  }

  /** "the actor is a government agency and is in the United States" */
  String when(RuleConditions c) {
    return ConditionWords.when(c);
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
    List<Part> parts = ConditionWords.parts(c);
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
  String outside(RuleConditions c, Actor actor, Modality modality) {
    return ConditionWords.conjoin(
        ConditionWords.parts(c).stream()
            .filter(p -> Match.of(p.only(), actor, modality, groups) == Match.NO)
            .map(Part::fails)
            .toList());
  }

  static boolean approval(RuleConditions c) {
    return ConditionWords.approval(c);
  }

  /** Who approves: the document's publisher, by name when the registry knows it. */
  static String approver(TermsFacts terms) {
    return ConditionWords.approver(terms.publisher(), terms.title());
  }
}
