package org.modelterms.cluster;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Knows whether the read replica may answer: it is reachable and still replaying, no further behind
 * the primary than {@code modelterms.replica.max-lag}, and has replayed every write this instance
 * knows of (the fence, see {@link WriteFence}). It checks the replica every {@code check-interval};
 * a replica that comes (back) up must first replay what the primary held then.
 */
@ApplicationScoped
public class ReplicaMonitor {

  private static final Logger LOG = Logger.getLogger(ReplicaMonitor.class);

  /** While the replica is behind the fence, it is asked again at most this often. */
  private static final long PROBE_GAP_NANOS = Duration.ofMillis(2).toNanos();

  @Inject ReplicaConfig config;
  @Inject DatabasePositions positions;
  @Inject MeterRegistry meters;
  @Inject DatabaseRoute route;

  private final ReplicaLag lag = new ReplicaLag();
  private volatile long lastProbe;
  private ScheduledExecutorService checks;
  private Counter sessionsOnPrimary;
  private Counter sessionsOnReplica;

  public boolean enabled() {
    return config.enabled();
  }

  void start(@Observes StartupEvent event) {
    if (!config.enabled()) {
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
    checks.scheduleWithFixedDelay(
        this::check, 0, config.checkInterval().toMillis(), TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    if (checks != null) {
      checks.shutdownNow();
    }
  }

  private Counter sessions(String database) {
    return Counter.builder("modelterms.database.sessions")
        .description("Database sessions opened while a read replica is configured, by database")
        .tag("database", database)
        .register(meters);
  }

  /** Counts a session on the database chosen (only while a replica is configured). */
  String counted(String database) {
    if (config.enabled() && sessionsOnPrimary != null) {
      (DatabaseRoute.REPLICA.equals(database) ? sessionsOnReplica : sessionsOnPrimary).increment();
    }
    return database;
  }

  /**
   * Whether a read may go to the replica now. A replica that is usable but has not replayed the
   * fence yet is asked once more, at most every 2 ms.
   */
  public boolean readable() {
    if (!config.enabled() || !lag.usable(config.maxLag())) {
      return false;
    }
    if (lag.caughtUp()) {
      return true;
    }
    long now = System.nanoTime();
    if (now - lastProbe < PROBE_GAP_NANOS) {
      return false;
    }
    lastProbe = now;
    try {
      lag.replayed(positions.replayed());
    } catch (SQLException | RuntimeException e) {
      markDown(e);
      return false;
    }
    return lag.caughtUp();
  }

  /**
   * Waits, at most {@code limit}, until the replica has replayed the position, if it is usable at
   * all; true when it has.
   */
  boolean awaitReplay(long position, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (config.enabled() && lag.usable(config.maxLag())) {
      try {
        if (lag.replayed(positions.replayed()) >= position) {
          return true;
        }
      } catch (SQLException | RuntimeException e) {
        markDown(e);
        return false;
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  /** A read on the replica failed: reads go to the primary until a check finds it well again. */
  public void markDown(Exception cause) {
    if (lag.markDown()) {
      LOG.warnf("Read replica unavailable (%s); reading from the primary", cause.getMessage());
    }
  }

  /**
   * Whether what the current request read may be kept in a cache: not when it read the replica
   * before a write it may not have seen (see {@link DatabaseRoute#readsMayBeCached}).
   */
  public boolean mayCacheReads() {
    return !config.enabled()
        || !Arc.container().requestContext().isActive()
        || route.readsMayBeCached();
  }

  /** Reads must wait for the replica to replay this position. */
  void require(long position) {
    lag.require(position);
  }

  /** Writes may have been missed: the replica is read again once it holds all the primary has. */
  void forgetFreshness() {
    lag.markDown();
  }

  long required() {
    return lag.required();
  }

  private void check() {
    long primaryPosition;
    try {
      primaryPosition = positions.primary();
    } catch (SQLException | RuntimeException e) {
      // Without the primary the replica's staleness cannot be told: it is not read either.
      lag.markDown();
      return;
    }
    try {
      long replayed = positions.replayed();
      if (replayed < 0) {
        markDown(new IllegalStateException("the replica is not in recovery (promoted?)"));
      } else if (lag.observe(primaryPosition, replayed, System.nanoTime())) {
        LOG.infof("Read replica reachable; %s", lag);
      }
    } catch (SQLException | RuntimeException e) {
      markDown(e);
    }
  }

  /** What the readiness page shows. */
  public String describe() {
    return lag.toString() + (lag.usable(config.maxLag()) ? "" : "; reading from the primary");
  }
}
