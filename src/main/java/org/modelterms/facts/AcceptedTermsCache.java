package org.modelterms.facts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.modelterms.cluster.GenerationCache;
import org.modelterms.cluster.ReadCaches;
import org.modelterms.shared.changes.ModelFactsChanged;

/**
 * The accepted terms of each framework, by scope: every assessment reads them, and they change only
 * with a write that fires {@link ModelFactsChanged} for all models.
 */
@ApplicationScoped
public class AcceptedTermsCache {

  @Inject ReadCaches caches;

  // Reached through methods only: a field read through the client proxy would be the proxy's own.
  private GenerationCache<String, Map<String, AcceptedTerms>> byFramework;

  @PostConstruct
  void createCache() {
    byFramework = caches.create(16);
  }

  Map<String, AcceptedTerms> get(String framework) {
    return byFramework.get(framework);
  }

  long generation() {
    return byFramework.generation();
  }

  void put(String framework, Map<String, AcceptedTerms> terms, long generationBeforeReading) {
    byFramework.put(framework, terms, generationBeforeReading);
  }
}
