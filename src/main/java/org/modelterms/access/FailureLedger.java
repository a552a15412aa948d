package org.modelterms.access;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins per key (a client address or an account name) and the lockouts they earn: free up
 * to {@code maxFailures}, then a lockout that starts at {@code firstLockout} and doubles with each
 * further failure up to {@code longestLockout}. Failures are forgotten {@code window} after the
 * last one. Bounded: past {@code capacity} keys the least recently used is dropped, so a flood of
 * made-up names costs memory no more than that.
 */
final class FailureLedger {

  /** A lockout that a failure started, for the operator's log. */
  record Lockout(Duration length, int failures) {}

  private static final class Entry {
    int failures;
    Instant lastFailure;
    Instant lockedUntil = Instant.MIN;
  }

  private final int maxFailures;
  private final Duration firstLockout;
  private final Duration longestLockout;
  private final Duration window;
  private final Map<String, Entry> entries;

  FailureLedger(
      int maxFailures,
      Duration firstLockout,
      Duration longestLockout,
      Duration window,
      int capacity) {
    this.maxFailures = Math.max(1, maxFailures);
    this.firstLockout = firstLockout;
    this.longestLockout = longestLockout;
    this.window = window;
    this.entries =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > capacity;
          }
        };
  }

  /** How long the key is still locked out; zero when it may try. */
  synchronized Duration lockedFor(String key, Instant now) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return Duration.ZERO;
    }
    if (now.isBefore(entry.lockedUntil)) {
      return Duration.between(now, entry.lockedUntil);
    }
    if (forgotten(entry, now)) {
      entries.remove(key);
    }
    return Duration.ZERO;
  }

  /** Counts a failure; returns the lockout it starts, if it starts one. */
  synchronized Optional<Lockout> fail(String key, Instant now) {
    Entry entry = entries.get(key);
    if (entry == null || forgotten(entry, now)) {
      entry = new Entry();
      entries.put(key, entry);
    }
    entry.failures++;
    entry.lastFailure = now;
    if (entry.failures < maxFailures) {
      return Optional.empty();
    }
    Duration length = lockout(entry.failures - maxFailures);
    entry.lockedUntil = now.plus(length);
    return Optional.of(new Lockout(length, entry.failures));
  }

  synchronized void forget(String key) {
    entries.remove(key);
  }

  synchronized int size() {
    return entries.size();
  }

  private boolean forgotten(Entry entry, Instant now) {
    return !now.isBefore(entry.lastFailure.plus(window)) && !now.isBefore(entry.lockedUntil);
  }

  /** firstLockout × 2^doublings, at most longestLockout. */
  private Duration lockout(int doublings) {
    Duration length = firstLockout;
    for (int i = 0; i < doublings && length.compareTo(longestLockout) < 0; i++) {
      length = length.multipliedBy(2);
    }
    return length.compareTo(longestLockout) > 0 ? longestLockout : length;
  }
}
