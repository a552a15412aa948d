package org.modelterms.cluster;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Which database a request's sessions read: the primary, unless the request is a GraphQL query and
 * the replica is usable (see {@link ReplicaMonitor}). Hibernate asks (through {@link
 * DatabaseTenants}) whenever a session opens. Once on the primary a request stays there, so that it
 * never reads older data than it already read.
 */
@RequestScoped
public class DatabaseRoute {

  public static final String PRIMARY = "primary";
  public static final String REPLICA = "replica";

  @Inject ReplicaMonitor replicas;

  // Resolvers of one request may run on several threads.
  private volatile boolean readOnly;
  private volatile boolean pinned;
  private volatile boolean usedReplica;
  private volatile boolean retried;
  private volatile long fenceWhenFirstOnReplica = -1;
  private final java.util.concurrent.atomic.AtomicInteger primaryOnly =
      new java.util.concurrent.atomic.AtomicInteger();

  /** The database the session opening now reads. */
  String database() {
    return replicas.counted(choose());
  }

  private String choose() {
    if (!readOnly || pinned || primaryOnly.get() > 0) {
      return PRIMARY;
    }
    if (replicas.readable()) {
      if (!usedReplica) {
        fenceWhenFirstOnReplica = replicas.required();
        usedReplica = true;
      }
      return REPLICA;
    }
    pinned = true;
    return PRIMARY;
  }

  /**
   * This request only reads: it may be answered from the replica. Returns false when the request is
   * already held to the primary.
   */
  boolean allowReplica() {
    readOnly = true;
    return !pinned;
  }

  /** True the first time only: a request is asked again of the primary at most once. */
  boolean retryOnPrimary() {
    if (retried) {
      return false;
    }
    retried = true;
    pinned = true;
    return true;
  }

  /**
   * Whether what this request read may be kept in a cache: not when it read the replica and a write
   * has moved the fence since, for its replica session may predate that write while the cache was
   * emptied after it.
   */
  public boolean readsMayBeCached() {
    return !usedReplica || fenceWhenFirstOnReplica == replicas.required();
  }

  /** This request writes, or the replica failed it: everything it reads comes from the primary. */
  void pinToPrimary() {
    pinned = true;
  }

  boolean usedReplica() {
    return usedReplica;
  }

  /** Runs work that writes even within a read (a derived table kept up to date) on the primary. */
  public <T> T onPrimary(java.util.function.Supplier<T> work) {
    primaryOnly.incrementAndGet();
    try {
      return work.get();
    } finally {
      primaryOnly.decrementAndGet();
    }
  }
}
