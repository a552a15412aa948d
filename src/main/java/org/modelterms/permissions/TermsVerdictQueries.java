package org.modelterms.permissions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.modelterms.facts.ModelFacts;
import org.modelterms.permissions.api.ActorInput;
import org.modelterms.permissions.api.DecidingRule;
import org.modelterms.policies.CountryGroups;
import org.modelterms.policies.UseCategory;
import org.modelterms.sources.Confidence;

/**
 * Verdicts about facts that are not a stored model's, decided by the same engine, with their
 * deciding clauses quoted as for a model: what a bill-of-materials check answers for a model the
 * registry knows only by its base model or its licence. Not cached: the facts have no model key.
 */
@ApplicationScoped
@Transactional
public class TermsVerdictQueries {

  @Inject CountryGroups countryGroups;
  @Inject ClauseCache clauses;

  /** For each facts (in order), the verdict for each use (in order). */
  public List<List<TermsVerdict>> evaluate(
      List<ModelFacts> facts, List<UseCategory> uses, ActorInput actorInput) {
    Actor actor = PermissionQueries.actor(actorInput);
    PermissionEngine engine = new PermissionEngine(countryGroups.groups());
    List<List<Decision>> decisions = new ArrayList<>();
    for (ModelFacts f : facts) {
      decisions.add(uses.stream().map(use -> engine.decide(f, use, actor)).toList());
    }
    DecidingRules quoted =
        DecidingRules.read(clauses, decisions.stream().flatMap(List::stream).toList());
    List<List<TermsVerdict>> result = new ArrayList<>();
    for (List<Decision> row : decisions) {
      List<TermsVerdict> verdicts = new ArrayList<>();
      for (int i = 0; i < uses.size(); i++) {
        Decision d = row.get(i);
        List<DecidingRule> rules = quoted.of(d, uses.get(i));
        Confidence confidence = PermissionQueries.weakest(rules);
        verdicts.add(
            new TermsVerdict(
                uses.get(i),
                d.verdict(),
                d.explicit(),
                d.conditions(),
                rules,
                d.explanation() + PermissionQueries.caveat(confidence, rules),
                confidence));
      }
      result.add(verdicts);
    }
    return result;
  }
}
