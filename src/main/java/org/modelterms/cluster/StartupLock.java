package org.modelterms.cluster;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Serialises the writes instances make when they start (licence list, curated dataset, local
 * account), so that several instances starting at once against an empty database load each thing
 * once: the first holds the lock while it loads, the others then find it loaded. Flyway's own lock
 * already serialises the migrations. The lock is held until the caller's transaction ends.
 */
public final class StartupLock {

  /** An arbitrary key, the same in every instance. */
  private static final long KEY = 0x4d6f64656c5465L;

  private static final String ACQUIRE = "select pg_advisory_xact_lock(" + KEY + ")";

  private StartupLock() {}

  public static void acquire(EntityManager em) {
    em.createNativeQuery(ACQUIRE).getSingleResult();
  }

  public static void acquire(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(ACQUIRE);
    }
  }
}
