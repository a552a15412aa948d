package org.modelterms.cluster;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Values read from the database, kept until the next write that may change them, with the same rule
 * as the verdict cache: a value is stored with the generation that was current before it was read,
 * and only if no write has started since, so a reading that overlapped a write is never served.
 * Made by {@link ReadCaches}, which empties every one on every write.
 */
public final class GenerationCache<K, V> {

  private record Entry<V>(long generation, V value) {}

  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final int maxEntries;
  private final BooleanSupplier mayKeep;

  /**
   * @param mayKeep asked before storing: whether what the current request read may be kept ({@link
   *     ReplicaMonitor#mayCacheReads}: not what it read from a replica across a write)
   */
  public GenerationCache(int maxEntries, BooleanSupplier mayKeep) {
    this.maxEntries = maxEntries;
    this.mayKeep = mayKeep;
  }

  /** To be read before the values are read from the database, and given back to {@link #put}. */
  public long generation() {
    return generation.get();
  }

  /** The cached value, or null. */
  public V get(K key) {
    Entry<V> entry = entries.get(key);
    return entry != null && entry.generation() == generation.get() ? entry.value() : null;
  }

  /** Keeps a value read after {@code generationBeforeReading} was read. */
  public void put(K key, V value, long generationBeforeReading) {
    if (generationBeforeReading == generation.get()
        && entries.size() < maxEntries
        && mayKeep.getAsBoolean()) {
      entries.put(key, new Entry<>(generationBeforeReading, value));
    }
  }

  /** Forgets every value. */
  public void invalidateAll() {
    generation.incrementAndGet();
    entries.clear();
  }
}
