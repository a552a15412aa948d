package org.modelterms.permissions;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelterms.permissions.api.DecidingRule;
import org.modelterms.policies.PolicyQueries;
import org.modelterms.policies.UseCategory;
import org.modelterms.policies.api.PolicyDocument;
import org.modelterms.policies.api.PolicyVersion;
import org.modelterms.sources.api.Citation;

/**
 * What the deciding rules of many decisions quote: their versions in force with their documents
 * (one query reads both) and their sources, read once for all the decisions.
 */
final class DecidingRules {

  private final Map<Long, PolicyDocument> documents;
  private final Map<Long, PolicyVersion> versions;
  private final Map<Long, List<Citation>> ruleSources;

  private DecidingRules(
      Map<Long, PolicyDocument> documents,
      Map<Long, PolicyVersion> versions,
      Map<Long, List<Citation>> ruleSources) {
    this.documents = documents;
    this.versions = versions;
    this.ruleSources = ruleSources;
  }

  static DecidingRules read(ClauseCache clauses, Collection<Decision> decisions) {
    Set<Long> versionKeys = new LinkedHashSet<>();
    Set<Long> ruleKeys = new LinkedHashSet<>();
    for (Decision d : decisions) {
      for (Decision.Deciding r : d.rules()) {
        versionKeys.add(r.terms().versionKey());
        ruleKeys.add(r.rule().key());
      }
    }
    PolicyQueries.VersionsAndDocuments read =
        clauses.versionsWithDocuments(List.copyOf(versionKeys));
    return new DecidingRules(
        read.documents(), read.versions(), clauses.ruleSources(List.copyOf(ruleKeys)));
  }

  /** The rules that decided {@code decision} about {@code use}, as the API shows them. */
  List<DecidingRule> of(Decision decision, UseCategory use) {
    return decision.rules().stream()
        .map(
            r ->
                new DecidingRule(
                    documents.get(r.terms().documentKey()),
                    versions.get(r.terms().versionKey()),
                    r.terms().relation().name(),
                    use,
                    r.rule().effect(),
                    r.rule().quote(),
                    r.conditionWords(),
                    ruleSources.getOrDefault(r.rule().key(), List.of())))
        .toList();
  }
}
