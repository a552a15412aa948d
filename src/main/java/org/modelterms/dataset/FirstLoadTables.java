package org.modelterms.dataset;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;

/**
 * The first load's scratch tables, dropped at commit: the rows the load wrote ({@code
 * first_load_rows}), the dates the dataset gives ({@code first_load_given}) and the day each row
 * became known ({@code first_load_known}); and the statements that fill them, in the load's
 * transaction.
 */
final class FirstLoadTables {

  private final EntityManager em;

  /** The history row the load starts after, so that only this load's rows are dated. */
  private final long before;

  private FirstLoadTables(EntityManager em, long before) {
    this.em = em;
    this.before = before;
  }

  /** For the history rows written from now on, the load's. */
  static FirstLoadTables after(EntityManager em) {
    Number max =
        (Number) em.createNativeQuery("select coalesce(max(id), 0) from history").getSingleResult();
    return new FirstLoadTables(em, max.longValue());
  }

  /** Creates the tables once the load wrote everything; Hibernate's pending writes first. */
  void create() {
    em.flush();
    run(
        """
        create temp table first_load_rows on commit drop as
        select distinct table_name, row_id from history
        where id > :before and recorded_at = now()
        """);
    run(
        "create temp table first_load_given (table_name text, row_id bigint, known date)"
            + " on commit drop");
    run(
        "create temp table first_load_known (table_name text, row_id bigint, known date not null,"
            + " primary key (table_name, row_id)) on commit drop");
  }

  Query query(String sql) {
    return em.createNativeQuery(sql);
  }

  void run(String sql) {
    var query = em.createNativeQuery(sql);
    if (sql.contains(":before")) {
      query.setParameter("before", before);
    }
    query.executeUpdate();
  }

  void run(String sql, LocalDate snapshot) {
    var query = em.createNativeQuery(sql).setParameter("snapshot", snapshot);
    if (sql.contains(":before")) {
      query.setParameter("before", before);
    }
    query.executeUpdate();
  }
}
