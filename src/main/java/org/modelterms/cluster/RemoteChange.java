package org.modelterms.cluster;

/**
 * A change another instance of the registry committed, as this instance heard of it through
 * PostgreSQL NOTIFY. {@link Kind#UNKNOWN} means changes may have been missed (the listening
 * connection was lost), so whatever this instance keeps in memory must be forgotten.
 */
public record RemoteChange(Kind kind, String payload) {

  public enum Kind {
    /** Facts that verdicts read changed. */
    FACTS,
    /** Terms changed; the payload is the PolicyChange as JSON, for subscribers. */
    POLICY,
    UNKNOWN
  }
}
