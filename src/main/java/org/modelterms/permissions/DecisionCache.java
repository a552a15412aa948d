package org.modelterms.permissions;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.modelterms.cluster.GenerationCache;
import org.modelterms.cluster.ReadCaches;
import org.modelterms.permissions.api.UsePermission;
import org.modelterms.policies.UseCategory;

/**
 * Verdicts already reached, kept until the next write that may change any of them.
 *
 * <p>Every write that can change a verdict fires {@code ModelFactsChanged}, and {@link ReadCaches}
 * empties this cache with the others: when it is fired, inside the writing transaction, and after
 * that transaction completes, before the mutation answers, so the very next request decides afresh;
 * also when another instance of the registry writes (PostgreSQL LISTEN/NOTIFY). Entries carry the
 * generation that was current when their reading began: a reading that overlapped a write stores an
 * entry that is never served. Writes are rare next to reads, so the whole cache goes at once rather
 * than the verdicts of the models concerned (a base model's terms pass down to models derived from
 * it). Questions about an earlier record time ({@code asKnownAt}) are not cached.
 */
@ApplicationScoped
public class DecisionCache {

  /** Bounds memory: about 2 KB per verdict with its clauses, so some 100 MB at most. */
  static final int MAX_ENTRIES = 50_000;

  /** One question: which model, for which use, on which day, by whom. */
  public record Key(long model, UseCategory use, LocalDate on, Actor actor) {}

  @Inject ReadCaches caches;

  private GenerationCache<Key, UsePermission> verdicts;

  @PostConstruct
  void createCache() {
    verdicts = caches.create(MAX_ENTRIES);
  }

  /** To be read before the facts are read, and given back to {@link #put}. */
  public long generation() {
    return verdicts.generation();
  }

  /** The cached verdict, or null. */
  public UsePermission get(Key key) {
    return verdicts.get(key);
  }

  /** Keeps a verdict decided from facts read after {@code generationBeforeReading} was read. */
  public void put(Key key, UsePermission verdict, long generationBeforeReading) {
    verdicts.put(key, verdict, generationBeforeReading);
  }

  /** Forgets every verdict. */
  public void invalidateAll() {
    verdicts.invalidateAll();
  }
}
