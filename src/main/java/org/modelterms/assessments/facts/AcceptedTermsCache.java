package org.modelterms.assessments.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import org.modelterms.cluster.GenerationCache;
import org.modelterms.cluster.RemoteChange;
import org.modelterms.cluster.ReplicaMonitor;
import org.modelterms.models.ModelFactsChanged;

/**
 * The accepted terms of each framework, by scope: every assessment reads them, and they change only
 * with a write that fires {@link ModelFactsChanged} for all models.
 */
@ApplicationScoped
public class AcceptedTermsCache {

  @Inject ReplicaMonitor replicas;

  // Reached through methods only: a field read through the client proxy would be the proxy's own.
  private final GenerationCache<String, Map<String, AcceptedTerms>> byFramework =
      new GenerationCache<>(16, () -> replicas.mayCacheReads());

  Map<String, AcceptedTerms> get(String framework) {
    return byFramework.get(framework);
  }

  long generation() {
    return byFramework.generation();
  }

  void put(String framework, Map<String, AcceptedTerms> terms, long generationBeforeReading) {
    byFramework.put(framework, terms, generationBeforeReading);
  }

  void onWrite(@Observes ModelFactsChanged change) {
    byFramework.invalidateAll();
  }

  void afterWrite(@Observes(during = TransactionPhase.AFTER_COMPLETION) ModelFactsChanged change) {
    byFramework.invalidateAll();
  }

  void afterRemoteWrite(@Observes RemoteChange change) {
    byFramework.invalidateAll();
  }
}
