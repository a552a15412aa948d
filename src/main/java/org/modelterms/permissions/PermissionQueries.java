package org.modelterms.permissions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.modelterms.facts.FactsLoader;
import org.modelterms.facts.ModelFacts;
import org.modelterms.models.ModelQueries;
import org.modelterms.models.api.Model;
import org.modelterms.permissions.api.ActorInput;
import org.modelterms.permissions.api.ComplianceReport;
import org.modelterms.permissions.api.ComplianceRow;
import org.modelterms.permissions.api.DecidingRule;
import org.modelterms.permissions.api.UsePermission;
import org.modelterms.policies.CountryGroups;
import org.modelterms.policies.UseCategory;
import org.modelterms.shared.errors.InvalidArgumentException;
import org.modelterms.sources.Confidence;

/**
 * Answers permitted-use questions for many models and uses at once: the facts are loaded in one
 * statement, the engine decides in memory, and the deciding rules' versions with their documents,
 * and their sources, come from {@link ClauseCache} or are read in one query each.
 */
@ApplicationScoped
@Transactional
public class PermissionQueries {

  @Inject FactsLoader facts;
  @Inject CountryGroups countryGroups;
  @Inject DecisionCache cache;
  @Inject ClauseCache clauses;
  @Inject ModelQueries models;

  /**
   * The permission of a model given by slug or Hugging Face id, found in the same transaction;
   * empty when none matches.
   */
  public Optional<UsePermission> evaluate(
      String identifier,
      UseCategory use,
      LocalDate on,
      ActorInput actorInput,
      OffsetDateTime asKnownAt) {
    return models
        .findByIdentifier(identifier)
        .map(m -> evaluate(List.of(m), List.of(use), on, actorInput, asKnownAt).get(0).get(0));
  }

  /** A compliance report for models given by slug or Hugging Face id, in one transaction. */
  public ComplianceReport report(
      List<String> identifiers,
      List<UseCategory> uses,
      LocalDate on,
      ActorInput actorInput,
      OffsetDateTime asKnownAt) {
    List<Model> found = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    models.findByIdentifiers(identifiers, found, unknown);
    List<List<UsePermission>> matrix = evaluate(found, uses, on, actorInput, asKnownAt);
    List<ComplianceRow> rows = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      rows.add(new ComplianceRow(found.get(i), matrix.get(i)));
    }
    return new ComplianceReport(on == null ? LocalDate.now() : on, rows, unknown);
  }

  /**
   * For each model (in order), its permission for each use (in order). Verdicts about the
   * registry's current record come from {@link DecisionCache} when it has them.
   */
  public List<List<UsePermission>> evaluate(
      List<Model> models,
      List<UseCategory> uses,
      LocalDate on,
      ActorInput actorInput,
      OffsetDateTime asKnownAt) {
    LocalDate date = on == null ? LocalDate.now() : on;
    Actor actor = actor(actorInput);
    Map<Long, Model> byKey = new HashMap<>();
    models.forEach(m -> byKey.put(m.key(), m));
    List<Long> modelKeys = models.stream().map(Model::key).toList();
    if (asKnownAt != null) {
      if (asKnownAt.isAfter(OffsetDateTime.now().plusMinutes(1))) {
        throw new InvalidArgumentException("`asKnownAt` cannot be in the future.");
      }
      return decide(modelKeys, byKey, uses, date, actor, asKnownAt);
    }
    long generation = cache.generation();
    Map<DecisionCache.Key, UsePermission> known = new HashMap<>();
    Set<Long> undecided = new LinkedHashSet<>();
    for (Long model : modelKeys) {
      for (UseCategory use : uses) {
        DecisionCache.Key key = new DecisionCache.Key(model, use, date, actor);
        UsePermission cached = cache.get(key);
        if (cached == null) {
          undecided.add(model);
        } else {
          known.put(key, cached);
        }
      }
    }
    if (!undecided.isEmpty()) {
      List<Long> keys = List.copyOf(undecided);
      List<List<UsePermission>> rows = decide(keys, byKey, uses, date, actor, null);
      for (int i = 0; i < keys.size(); i++) {
        for (int j = 0; j < uses.size(); j++) {
          DecisionCache.Key key = new DecisionCache.Key(keys.get(i), uses.get(j), date, actor);
          known.put(key, rows.get(i).get(j));
          cache.put(key, rows.get(i).get(j), generation);
        }
      }
    }
    return modelKeys.stream()
        .map(
            model ->
                uses.stream()
                    .map(use -> known.get(new DecisionCache.Key(model, use, date, actor)))
                    .toList())
        .toList();
  }

  private List<List<UsePermission>> decide(
      List<Long> modelKeys,
      Map<Long, Model> modelsByKey,
      List<UseCategory> uses,
      LocalDate date,
      Actor actor,
      OffsetDateTime asKnownAt) {
    Map<Long, ModelFacts> loaded = facts.forTerms(modelKeys, date, asKnownAt);
    PermissionEngine engine = new PermissionEngine(countryGroups.groups());
    Map<Long, Map<UseCategory, Decision>> decisions = new HashMap<>();
    for (Long key : modelKeys) {
      Map<UseCategory, Decision> byUse = new HashMap<>();
      ModelFacts known = loaded.get(key);
      for (UseCategory use : uses) {
        Decision d;
        if (known == null) {
          d = Undecided.noRecord(modelsByKey.get(key).slug(), asKnownAt);
        } else {
          d = engine.decide(known, use, actor);
        }
        byUse.put(use, d);
      }
      decisions.put(key, byUse);
    }
    DecidingRules quoted =
        DecidingRules.read(
            clauses, decisions.values().stream().flatMap(m -> m.values().stream()).toList());
    List<List<UsePermission>> result = new ArrayList<>();
    for (Long key : modelKeys) {
      List<UsePermission> row = new ArrayList<>();
      for (UseCategory use : uses) {
        Decision d = decisions.get(key).get(use);
        List<DecidingRule> rules = quoted.of(d, use);
        Confidence confidence = weakest(rules);
        row.add(
            new UsePermission(
                modelsByKey.get(key),
                use,
                date,
                asKnownAt,
                d.verdict(),
                d.explicit(),
                d.conditions(),
                rules,
                d.explanation() + caveat(confidence, rules),
                confidence));
      }
      result.add(row);
    }
    return result;
  }

  /** The weakest confidence among the deciding clauses, each as firm as its firmest source. */
  static Confidence weakest(List<DecidingRule> rules) {
    Confidence weakest = Confidence.PRIMARY;
    for (DecidingRule rule : rules) {
      Confidence firmest =
          rule.sources().stream()
              .map(c -> c.source().confidence())
              .min(java.util.Comparator.naturalOrder())
              .orElse(Confidence.UNVERIFIED);
      if (firmest.compareTo(weakest) > 0) {
        weakest = firmest;
      }
    }
    return weakest;
  }

  /** Says so when a verdict rests on secondary or unverified facts. */
  static String caveat(Confidence confidence, List<DecidingRule> rules) {
    if (confidence == Confidence.PRIMARY) {
      return "";
    }
    String which =
        rules.stream()
            .filter(
                r ->
                    r.sources().stream()
                        .allMatch(c -> c.source().confidence() != Confidence.PRIMARY))
            .map(r -> r.document().title())
            .distinct()
            .collect(java.util.stream.Collectors.joining(", "));
    return " Note: this rests on "
        + (confidence == Confidence.SECONDARY
            ? "press or third-party reports, not the publisher's own text"
            : "a lead not confirmed against the publisher's text")
        + (which.isEmpty() ? "" : " (" + which + ")")
        + ".";
  }

  static Actor actor(ActorInput input) {
    if (input == null) {
      return Actor.ANYONE;
    }
    if (input.country() != null && !CountryGroups.isCountry(input.country())) {
      throw new InvalidArgumentException(
          "`actor.country` must be an ISO 3166-1 alpha-2 code in capitals, e.g. \"US\".");
    }
    if (input.monthlyActiveUsers() != null && input.monthlyActiveUsers() < 0) {
      throw new InvalidArgumentException("`actor.monthlyActiveUsers` cannot be negative.");
    }
    return new Actor(input.kind(), input.country(), input.monthlyActiveUsers(), input.purpose());
  }
}
