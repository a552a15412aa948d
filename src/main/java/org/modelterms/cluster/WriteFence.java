package org.modelterms.cluster;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;

/**
 * Keeps every read at least as fresh as every write any instance has committed. After a write the
 * instance reads the primary's WAL position, announces it to the others with NOTIFY (kind WRITE),
 * and waits — at most {@code modelterms.replica.write-wait} — until the replica has replayed it
 * before answering, so that a client reading elsewhere next finds its write. Every instance reads
 * the replica only once it has replayed the highest position heard, and empties its caches.
 */
@ApplicationScoped
public class WriteFence {

  @Inject ReplicaConfig config;
  @Inject ReplicaMonitor replicas;
  @Inject DatabasePositions positions;
  @Inject ClusterBus bus;
  @Inject Event<RemoteChange> changes;

  /** Called after this instance committed a write (or may have: also after a failed mutation). */
  public void afterWrite() {
    if (!replicas.enabled()) {
      return;
    }
    try {
      long position =
          positions.announcePrimary(ClusterBus.CHANNEL, bus.message(RemoteChange.Kind.WRITE, "@"));
      replicas.require(position);
      replicas.awaitReplay(position, config.writeWait());
    } catch (SQLException | RuntimeException e) {
      // The primary is away: nothing is read from the replica until a check finds both again.
      replicas.forgetFreshness();
    }
    changes.fire(new RemoteChange(RemoteChange.Kind.WRITE, null));
  }

  /** Another instance committed a write: heard before any cache empties. */
  void onRemoteWrite(@Observes @Priority(0) RemoteChange change) {
    if (!replicas.enabled()) {
      return;
    }
    if (change.kind() == RemoteChange.Kind.WRITE && change.payload() != null) {
      try {
        replicas.require(Long.parseLong(change.payload()));
      } catch (NumberFormatException e) {
        replicas.forgetFreshness();
      }
    } else if (change.kind() == RemoteChange.Kind.UNKNOWN) {
      replicas.forgetFreshness();
    }
  }
}
