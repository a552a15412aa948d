package org.modelterms.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelterms.policies.BindingRole;

/**
 * What a model passes down to a model derived from it, by the rule of {@link FactsLoader}'s TERMS
 * query: the documents reaching it through its own bindings and its ancestors', except those bound
 * as TERMS (a provider's terms of service bind whoever accepts them, not derived models), each
 * reaching the derived model as INHERITED when it reached the base as BOUND. The one place a model
 * outside the registry inherits terms, so it inherits them exactly as a registered fine-tune does.
 */
public final class PassedDown {

  private PassedDown() {}

  /** The documents governing a model derived from {@code base}, on the base facts' date. */
  public static List<TermsFacts> from(ModelFacts base) {
    Map<List<Object>, TermsFacts> unique = new LinkedHashMap<>();
    for (TermsFacts t : base.terms()) {
      if (t.role() == BindingRole.TERMS) {
        continue;
      }
      TermsFacts passed = t.relation() == TermsRelation.BOUND ? inherited(t) : t;
      unique.putIfAbsent(List.of(passed.documentKey(), passed.relation(), passed.role()), passed);
    }
    List<TermsFacts> terms = new ArrayList<>(unique.values());
    // The order the query gives a registered fine-tune's documents: by slug, then relation.
    terms.sort(Comparator.comparing(TermsFacts::slug).thenComparing(t -> t.relation().name()));
    return List.copyOf(terms);
  }

  /**
   * Facts for something the registry does not hold, named {@code name}, governed by {@code terms}
   * on {@code on}: no modality, release date or components are known.
   */
  public static ModelFacts unstored(String name, LocalDate on, List<TermsFacts> terms) {
    return new ModelFacts(
        0, name, null, null, on, null, List.of(), Map.of(), Map.of(), terms, null);
  }

  private static TermsFacts inherited(TermsFacts t) {
    return new TermsFacts(
        t.documentKey(),
        t.slug(),
        t.title(),
        t.publisher(),
        t.kind(),
        TermsRelation.INHERITED,
        t.role(),
        t.license(),
        t.versionKey(),
        t.versionLabel(),
        t.effectiveFrom(),
        t.effectiveTo(),
        t.rules());
  }
}
