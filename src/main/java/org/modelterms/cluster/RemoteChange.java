package org.modelterms.cluster;

/**
 * A change another instance of the registry committed, as this instance heard of it through
 * PostgreSQL NOTIFY (or, for {@link Kind#WRITE}, one this instance committed itself). {@link
 * Kind#UNKNOWN} means changes may have been missed (the listening connection was lost), so whatever
 * this instance keeps in memory must be forgotten.
 */
public record RemoteChange(Kind kind, String payload) {

  public enum Kind {
    /** Facts that verdicts read changed. */
    FACTS,
    /** Terms changed; the payload is the PolicyChange as JSON, for subscribers. */
    POLICY,
    /**
     * A write was committed, here or elsewhere; the payload is the primary's WAL position after it,
     * which a read replica must have replayed before it may answer (see {@link ReplicaMonitor}).
     * Sent only when a replica is configured.
     */
    WRITE,
    UNKNOWN
  }
}
