package org.modelterms.facts;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import org.modelterms.history.AsOfTables;

/**
 * Native queries whose {@code ${table}} placeholders read the tables now (asKnownAt null), or their
 * rows as recorded at the asKnownAt time (from the history the triggers keep).
 */
record TablesAt(EntityManager em, OffsetDateTime asKnownAt) {

  Query query(String sql) {
    if (asKnownAt == null) {
      return em.createNativeQuery(AsOfTables.now(sql));
    }
    return em.createNativeQuery(AsOfTables.asRecorded(sql))
        .setParameter("asKnownAt", asKnownAt.toString());
  }
}
