package org.modelterms.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.modelterms.shared.changes.ModelFactsChanged;

/**
 * Makes the caches of values read from the database (verdicts, clauses, licences, accepted terms)
 * and empties them all on every write that may change them: when {@link ModelFactsChanged} is fired
 * inside the writing transaction, again after that transaction completes (so the very next request
 * reads afresh), and when another instance announces a write, or this one may have missed some
 * ({@link RemoteChange}). Writes are rare next to reads, so everything goes at once. A cache never
 * keeps what a request read from the replica across a write ({@link ReplicaMonitor#mayCacheReads}).
 */
@ApplicationScoped
public class ReadCaches {

  @Inject ReplicaMonitor replicas;

  private final List<GenerationCache<?, ?>> caches = new CopyOnWriteArrayList<>();

  /** A new cache of at most this many entries, emptied with all the others. */
  public <K, V> GenerationCache<K, V> create(int maxEntries) {
    GenerationCache<K, V> cache = new GenerationCache<>(maxEntries, replicas::mayCacheReads);
    caches.add(cache);
    return cache;
  }

  /** Forgets every value of every cache. */
  public void invalidateAll() {
    caches.forEach(GenerationCache::invalidateAll);
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
