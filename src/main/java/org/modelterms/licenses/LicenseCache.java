package org.modelterms.licenses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.modelterms.cluster.GenerationCache;
import org.modelterms.cluster.RemoteChange;
import org.modelterms.licenses.api.License;
import org.modelterms.models.ModelFactsChanged;

/**
 * Licences already read, by key: model and component pages name the same few licences over and
 * over. A licence changes only through {@code licenseUpdate}, which fires {@link
 * ModelFactsChanged}; a licence registered later is simply not cached yet.
 */
@ApplicationScoped
public class LicenseCache {

  /** The SPDX list and the bespoke licences: some thousands. */
  static final int MAX_ENTRIES = 20_000;

  final GenerationCache<Long, License> byKey = new GenerationCache<>(MAX_ENTRIES);

  /** Forgets every licence. */
  public void invalidateAll() {
    byKey.invalidateAll();
  }

  void onWrite(@Observes ModelFactsChanged change) {
    invalidateAll();
  }

  void afterWrite(@Observes(during = TransactionPhase.AFTER_COMPLETION) ModelFactsChanged change) {
    invalidateAll();
  }

  void afterRemoteWrite(@Observes RemoteChange change) {
    invalidateAll();
  }
}
