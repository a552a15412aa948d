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

  private boolean readOnly;
  private boolean pinned;
  private boolean usedReplica;
  private int primaryOnly;

  /** The database the session opening now reads. */
  String database() {
    return replicas.counted(choose());
  }

  private String choose() {
    if (!readOnly || pinned || primaryOnly > 0) {
      return PRIMARY;
    }
    if (replicas.readable()) {
      usedReplica = true;
      return REPLICA;
    }
    pinned = true;
    return PRIMARY;
  }

  /** This request only reads: it may be answered from the replica. */
  void allowReplica() {
    readOnly = true;
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
    primaryOnly++;
    try {
      return work.get();
    } finally {
      primaryOnly--;
    }
  }
}
