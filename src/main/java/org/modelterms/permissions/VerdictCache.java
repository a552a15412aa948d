package org.modelterms.permissions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.modelterms.cluster.RemoteChange;
import org.modelterms.cluster.ReplicaMonitor;
import org.modelterms.models.ModelFactsChanged;
import org.modelterms.permissions.api.UsePermission;
import org.modelterms.policies.UseCategory;

/**
 * Verdicts already reached, kept until the next write that may change any of them.
 *
 * <p>Every write that can change a verdict fires {@link ModelFactsChanged}; each one empties the
 * cache twice: when it is fired, inside the writing transaction, and after that transaction
 * completes, before the mutation answers, so the very next request decides afresh. Entries carry
 * the generation that was current when their reading began: a reading that overlapped a write
 * stores an entry that is never served. Writes are rare next to reads, so the whole cache goes at
 * once rather than the verdicts of the models concerned (a base model's terms pass down to models
 * derived from it).
 *
 * <p>{@link #invalidateAll()} is the one hook: it is also called when another instance of the
 * registry writes ({@link RemoteChange}, through PostgreSQL LISTEN/NOTIFY). Questions about an
 * earlier record time ({@code asKnownAt}) are not cached.
 */
@ApplicationScoped
public class VerdictCache {

  @Inject ReplicaMonitor replicas;

  /** Bounds memory: about 2 KB per verdict with its clauses, so some 100 MB at most. */
  static final int MAX_ENTRIES = 50_000;

  /** One question: which model, for which use, on which day, by whom. */
  public record Key(long model, UseCategory use, LocalDate on, Actor actor) {}

  private record Entry(long generation, UsePermission verdict) {}

  private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  /** To be read before the facts are read, and given back to {@link #put}. */
  public long generation() {
    return generation.get();
  }

  /** The cached verdict, or null. */
  public UsePermission get(Key key) {
    Entry entry = entries.get(key);
    return entry != null && entry.generation() == generation.get() ? entry.verdict() : null;
  }

  /** Keeps a verdict decided from facts read after {@code generationBeforeReading} was read. */
  public void put(Key key, UsePermission verdict, long generationBeforeReading) {
    if (generationBeforeReading == generation.get()
        && entries.size() < MAX_ENTRIES
        && replicas.mayCacheReads()) {
      entries.put(key, new Entry(generationBeforeReading, verdict));
    }
  }

  /** Forgets every verdict. */
  public void invalidateAll() {
    generation.incrementAndGet();
    entries.clear();
  }

  void onWrite(@Observes ModelFactsChanged change) {
    invalidateAll();
  }

  void afterWrite(@Observes(during = TransactionPhase.AFTER_COMPLETION) ModelFactsChanged change) {
    invalidateAll();
  }

  /**
   * Another instance committed a write (or this one may have missed some): any verdict here may be
   * stale.
   */
  void afterRemoteWrite(@Observes RemoteChange change) {
    invalidateAll();
  }
}
