package org.modelterms.cluster;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How far the replica is behind, in time: the primary's positions are sampled with the moment they
 * were seen, and the replica's lag is the age of the oldest sample it has not replayed. (Its own
 * replay timestamp would make an idle replica look ever further behind.)
 */
final class ReplicaLag {

  private record Sample(long position, long seenAt) {}

  private final Deque<Sample> unreplayed = new ArrayDeque<>();
  private boolean up;
  private long replayed = -1;
  private long required;
  private long lagNanos;

  /**
   * A check's reading; true when this turns the replica from down (or never seen) to up. A replica
   * coming up may be far behind, and writes may have been missed while it was down: it is not read
   * before it has replayed what the primary held at this check.
   */
  synchronized boolean observe(long primaryPosition, long replayedPosition, long now) {
    if (!up) {
      required = Math.max(required, primaryPosition);
    }
    if (unreplayed.isEmpty() || unreplayed.peekLast().position() < primaryPosition) {
      unreplayed.addLast(new Sample(primaryPosition, now));
    }
    replayed = Math.max(replayed, replayedPosition);
    while (!unreplayed.isEmpty() && unreplayed.peekFirst().position() <= replayed) {
      unreplayed.removeFirst();
    }
    lagNanos = unreplayed.isEmpty() ? 0 : now - unreplayed.peekFirst().seenAt();
    boolean wasUp = up;
    up = true;
    return !wasUp;
  }

  /** The replica's replay position as just read; returns the highest known. */
  synchronized long replayed(long position) {
    replayed = Math.max(replayed, position);
    return replayed;
  }

  synchronized long required() {
    return required;
  }

  synchronized void require(long position) {
    required = Math.max(required, position);
  }

  /** True when this turns the replica from up to down. */
  synchronized boolean markDown() {
    boolean wasUp = up;
    up = false;
    unreplayed.clear();
    replayed = -1; // a replica restored from elsewhere may hold less than before
    return wasUp;
  }

  synchronized boolean usable(Duration maxLag) {
    return up && lagNanos <= maxLag.toNanos();
  }

  synchronized boolean caughtUp() {
    return replayed >= required;
  }

  @Override
  public synchronized String toString() {
    return (up ? "up" : "down")
        + ", lag "
        + Duration.ofNanos(lagNanos).toMillis()
        + " ms, replayed "
        + replayed
        + ", required "
        + required;
  }
}
