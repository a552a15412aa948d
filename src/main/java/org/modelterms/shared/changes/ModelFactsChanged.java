package org.modelterms.shared.changes;

import java.util.Set;

/**
 * Fired inside the writing transaction when facts that assessments read change: for some models, or
 * for all of them (a licence's classification, the accepted terms).
 */
public record ModelFactsChanged(Set<Long> modelKeys, boolean allModels) {

  public static ModelFactsChanged of(Long... keys) {
    return new ModelFactsChanged(Set.of(keys), false);
  }

  public static ModelFactsChanged all() {
    return new ModelFactsChanged(Set.of(), true);
  }
}
