package org.modelterms.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.RemoteBucketBuilder;
import io.github.bucket4j.distributed.proxy.optimization.DefaultOptimizationListener;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.jboss.logging.Logger;

/**
 * Per-client token buckets kept in PostgreSQL ({@code rate_limit_bucket}), so that a client spends
 * one bucket whichever instance answers it. Each instance keeps the buckets of recent clients and
 * writes one back after a twentieth of it is spent or {@code sync-interval} has passed, so a busy
 * client costs a fraction of a statement per request; the price is that instances together may
 * overspend a bucket by that twentieth each before they see one another's spending.
 */
@ApplicationScoped
public class RateLimits {

  private static final Logger LOG = Logger.getLogger(RateLimits.class);

  /** An instance writes a bucket back after spending this share of it on its own. */
  private static final long SYNC_SHARE = 20;

  /** Buckets of recent clients an instance keeps; beyond them the least recent is forgotten. */
  private static final int BUCKETS_KEPT = 10_000;

  /** How long a full bucket is kept before it may be deleted (a missing bucket starts full). */
  private static final Duration KEPT_WHEN_FULL = Duration.ofMinutes(1);

  private static final Duration SWEEP_EVERY = Duration.ofMinutes(5);
  private static final int SWEEP_BATCH = 1000;

  @Inject RateLimitConfig config;

  /**
   * The default datasource is always the primary (replica routing chooses Hibernate's sessions
   * only), so buckets are written where every instance reads them.
   */
  @Inject AgroalDataSource primary;

  @Inject MeterRegistry meters;

  private PostgreSQLSelectForUpdateBasedProxyManager<String> store;
  private final LongAdder spends = new LongAdder();

  /**
   * Counts the spends that did not go to the database: answered from this instance's copy of a
   * bucket, or written together with another spend of the same bucket.
   */
  private final DefaultOptimizationListener unwritten = new DefaultOptimizationListener();

  private ScheduledExecutorService sweeper;

  private final Map<String, BucketProxy> kept =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BucketProxy> eldest) {
          return size() > BUCKETS_KEPT;
        }
      };

  public boolean enabled() {
    return config.enabled();
  }

  void start(@Observes StartupEvent event) {
    if (!config.enabled()) {
      return;
    }
    FunctionCounter.builder("modelterms.rate.limit.spends", spends, LongAdder::sum)
        .description("Requests that spent a rate-limit bucket")
        .register(meters);
    FunctionCounter.builder("modelterms.rate.limit.bucket.writes", this, RateLimits::writes)
        .description(
            "Rate-limit buckets read and written in the database: one transaction of two"
                + " statements each")
        .register(meters);
    sweeper =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "modelterms-rate-limit-sweeper");
              t.setDaemon(true);
              return t;
            });
    sweeper.scheduleWithFixedDelay(
        this::sweep, SWEEP_EVERY.toSeconds(), SWEEP_EVERY.toSeconds(), TimeUnit.SECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    if (sweeper != null) {
      sweeper.shutdownNow();
    }
  }

  /**
   * Spends a request's cost from its caller's bucket; blocks while the bucket is read or written. A
   * cost above the bucket's capacity spends the whole bucket, so that every request the front door
   * accepts can run once the bucket is full.
   */
  public Spend spend(Caller caller, long cost) {
    Limit limit = limitOf(caller.tier());
    long tokens = Math.max(1, Math.min(cost, limit.capacity()));
    spends.increment();
    return Spend.of(limit.capacity(), bucket(caller, limit).tryConsumeAndReturnRemaining(tokens));
  }

  private BucketProxy bucket(Caller caller, Limit limit) {
    // The limit is part of the key: after the operator changes it, clients start on fresh buckets.
    String key = limit.key(caller.tier()) + ":" + caller.name();
    synchronized (kept) {
      return kept.computeIfAbsent(key, k -> build(k, limit));
    }
  }

  private BucketProxy build(String key, Limit limit) {
    RemoteBucketBuilder<String> builder = store().builder();
    if (!config.syncInterval().isZero() && !config.syncInterval().isNegative()) {
      builder =
          builder.withOptimization(
              Optimizations.delaying(
                      new DelayParameters(
                          Math.max(1, limit.capacity() / SYNC_SHARE), config.syncInterval()))
                  .withListener(unwritten));
    }
    BucketConfiguration configuration =
        BucketConfiguration.builder()
            .addLimit(
                l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
            .build();
    return builder.build(key, () -> configuration);
  }

  private synchronized PostgreSQLSelectForUpdateBasedProxyManager<String> store() {
    if (store == null) {
      store =
          Bucket4jPostgreSQL.selectForUpdateBasedBuilder(primary)
              .primaryKeyMapper(PrimaryKeyMapper.STRING)
              .table("rate_limit_bucket")
              .idColumn("id")
              .stateColumn("state")
              .expiresAtColumn("expires_at")
              .expirationAfterWrite(
                  ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_WHEN_FULL))
              .build();
    }
    return store;
  }

  /** Spends that went to the database; merged ones were written with another. */
  private double writes() {
    return spends.sum() - unwritten.getSkipCount() - unwritten.getMergeCount();
  }

  private void sweep() {
    try {
      while (store().removeExpired(SWEEP_BATCH) == SWEEP_BATCH) {
        // more to delete
      }
    } catch (RuntimeException e) {
      LOG.debugf(e, "Expired rate-limit buckets not deleted this time");
    }
  }

  private Limit limitOf(Tier tier) {
    return switch (tier) {
      case ANONYMOUS -> new Limit(config.anonymous().capacity(), config.anonymous().refillPeriod());
      case READER -> new Limit(config.reader().capacity(), config.reader().refillPeriod());
      case EDITOR -> new Limit(config.editor().capacity(), config.editor().refillPeriod());
      case ADMIN -> new Limit(config.admin().capacity(), config.admin().refillPeriod());
    };
  }

  /** A bucket's size and the time it takes to refill from empty. */
  private record Limit(long capacity, Duration period) {
    String key(Tier tier) {
      return tier.name().toLowerCase() + ":" + capacity + "/" + period.toMillis() + "ms";
    }
  }
}
