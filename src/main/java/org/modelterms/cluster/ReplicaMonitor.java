package org.modelterms.cluster;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Knows whether the read replica may answer: it is reachable, no further behind the primary than
 * {@code modelterms.replica.max-lag}, and has replayed every write this instance knows of — its own
 * (the write fence after each mutation) and other instances' (their fences, heard through NOTIFY).
 * Positions are PostgreSQL WAL positions (LSNs) as byte offsets.
 */
@ApplicationScoped
public class ReplicaMonitor {

  private static final Logger LOG = Logger.getLogger(ReplicaMonitor.class);

  private static final String PRIMARY_POSITION =
      "select (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint";

  /** A replica that was promoted replays nothing any more: it holds everything it will get. */
  private static final String REPLAYED_POSITION =
      "select case when pg_is_in_recovery()"
          + " then (pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint"
          + " else 9223372036854775807 end";

  /** One statement: the position after this instance's last commit, announced to the others. */
  private static final String FENCE =
      "select position, pg_notify(?, replace(?, '\"@\"', position::text)) from"
          + " (select (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint as position) p";

  @ConfigProperty(name = "modelterms.replica.enabled", defaultValue = "false")
  boolean enabled;

  @ConfigProperty(name = "modelterms.replica.max-lag", defaultValue = "5S")
  Duration maxLag;

  @ConfigProperty(name = "modelterms.replica.check-interval", defaultValue = "500ms")
  Duration checkInterval;

  @Inject AgroalDataSource primary;

  @Inject
  @DataSource("replica")
  Instance<AgroalDataSource> replica;

  @Inject MeterRegistry meters;
  @Inject TransactionManager transactions;
  @Inject ClusterBus bus;
  @Inject Event<RemoteChange> changes;

  private final ReplicaLag lag = new ReplicaLag();
  private ScheduledExecutorService checks;
  private Counter sessionsOnPrimary;
  private Counter sessionsOnReplica;

  public boolean enabled() {
    return enabled;
  }

  private Counter sessions(String database) {
    return Counter.builder("modelterms.database.sessions")
        .description("Database sessions opened while a read replica is configured, by database")
        .tag("database", database)
        .register(meters);
  }

  /** Counts a session on the database chosen (only while a replica is configured). */
  String counted(String database) {
    if (enabled && sessionsOnPrimary != null) {
      (DatabaseRoute.REPLICA.equals(database) ? sessionsOnReplica : sessionsOnPrimary).increment();
    }
    return database;
  }

  void start(@Observes StartupEvent event) {
    if (!enabled) {
      return;
    }
    sessionsOnPrimary = sessions(DatabaseRoute.PRIMARY);
    sessionsOnReplica = sessions(DatabaseRoute.REPLICA);
    checks =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "modelterms-replica-monitor");
              t.setDaemon(true);
              return t;
            });
    checks.scheduleWithFixedDelay(this::check, 0, checkInterval.toMillis(), TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    if (checks != null) {
      checks.shutdownNow();
    }
  }

  /**
   * Whether a read may go to the replica now. When the replica is usable but has not yet replayed a
   * write this instance knows of, it is asked once more before giving up on it.
   */
  public boolean readable() {
    if (!enabled || !lag.usable(maxLag)) {
      return false;
    }
    if (lag.caughtUp()) {
      return true;
    }
    try {
      lag.replayed(replayedPosition());
    } catch (SQLException e) {
      markDown(e);
      return false;
    }
    return lag.caughtUp();
  }

  /** A read on the replica failed: reads go to the primary until a check finds it well again. */
  public void markDown(Exception cause) {
    if (lag.markDown()) {
      LOG.warnf("Read replica unavailable (%s); reading from the primary", cause.getMessage());
    }
  }

  /**
   * Called after this instance committed a write: reads wait for the replica to replay it, here
   * and, through NOTIFY, on every other instance; caches everywhere forget what they hold.
   */
  public void fenceAfterWrite() {
    try {
      require(
          outsideTransaction(
              () -> {
                try (Connection c = primary.getConnection();
                    PreparedStatement s = c.prepareStatement(FENCE)) {
                  s.setString(1, ClusterBus.CHANNEL);
                  s.setString(2, bus.message(RemoteChange.Kind.WRITE, "@"));
                  try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                  }
                }
              }));
    } catch (SQLException e) {
      // The primary is away: no read can go to the replica before a check finds it again.
      lag.markDown();
    }
    changes.fire(new RemoteChange(RemoteChange.Kind.WRITE, null));
  }

  /**
   * Called after a read wrote derived data on the primary (today's verdicts): this instance's reads
   * wait for the replica to replay it; the other instances compute their own when they need it.
   */
  public void fenceAfterOwnRead() {
    try {
      require(position(primary, PRIMARY_POSITION));
    } catch (SQLException e) {
      lag.markDown();
    }
  }

  /** Another instance committed a write: heard before any cache drops its entries. */
  void onRemoteWrite(@Observes @Priority(0) RemoteChange change) {
    if (change.kind() == RemoteChange.Kind.WRITE && change.payload() != null) {
      try {
        require(Long.parseLong(change.payload()));
      } catch (NumberFormatException e) {
        lag.markDown();
      }
    } else if (change.kind() == RemoteChange.Kind.UNKNOWN) {
      lag.markDown(); // writes may have been missed: read from the primary until the next check
    }
  }

  void require(long position) {
    lag.require(position);
  }

  private void check() {
    long primaryPosition;
    try {
      primaryPosition = position(primary, PRIMARY_POSITION);
    } catch (SQLException | RuntimeException e) {
      lag.markDown();
      return;
    }
    try {
      long replayed = replayedPosition();
      if (lag.observe(primaryPosition, replayed, System.nanoTime())) {
        LOG.infof("Read replica available; %s", lag);
      }
    } catch (SQLException | RuntimeException e) {
      markDown(e);
    }
  }

  private long replayedPosition() throws SQLException {
    return position(replica.get(), REPLAYED_POSITION);
  }

  private long position(AgroalDataSource database, String query) throws SQLException {
    return outsideTransaction(
        () -> {
          try (Connection c = database.getConnection();
              Statement s = c.createStatement();
              ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  /**
   * Runs outside the caller's transaction: a connection taken inside it would be enlisted in it,
   * and a transaction may hold connections of one datasource only.
   */
  private <T> T outsideTransaction(SqlWork<T> work) throws SQLException {
    Transaction suspended;
    try {
      suspended = transactions.suspend();
    } catch (SystemException e) {
      throw new SQLException(e);
    }
    try {
      return work.run();
    } finally {
      if (suspended != null) {
        try {
          transactions.resume(suspended);
        } catch (InvalidTransactionException | SystemException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /** What the readiness page shows. */
  public String describe() {
    return lag.toString() + (lag.usable(maxLag) ? "" : "; reading from the primary");
  }
}
