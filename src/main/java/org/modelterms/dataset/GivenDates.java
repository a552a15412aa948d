package org.modelterms.dataset;

import java.time.LocalDate;
import java.util.List;

/** The dates the dataset gives explicitly ({@code knownAt}), before any date is worked out. */
final class GivenDates {

  private final FirstLoadTables tables;

  GivenDates(FirstLoadTables tables) {
    this.tables = tables;
  }

  void record(DatasetFiles.Dataset dataset) {
    for (DatasetFiles.Model m : dataset.models()) {
      give("model", "select id from model where slug = :a", m.knownAt(), m.slug(), null, null);
      for (DatasetFiles.Binding b :
          m.bindings() == null ? List.<DatasetFiles.Binding>of() : m.bindings()) {
        give(
            "binding",
            "select b.id from binding b join model m on m.id = b.model_id join policy_document d"
                + " on d.id = b.document_id where m.slug = :a and d.slug = :b"
                + " and b.effective_from = cast(:c as date)",
            b.knownAt(),
            m.slug(),
            b.document(),
            b.from());
      }
    }
    for (DatasetFiles.Document d : dataset.documents()) {
      give(
          "policy_document",
          "select id from policy_document where slug = :a",
          d.knownAt(),
          d.slug(),
          null,
          null);
      for (DatasetFiles.Version v :
          d.versions() == null ? List.<DatasetFiles.Version>of() : d.versions()) {
        give(
            "policy_version",
            "select v.id from policy_version v join policy_document d on d.id = v.document_id"
                + " where d.slug = :a and v.label = :b",
            v.knownAt(),
            d.slug(),
            v.label(),
            null);
      }
    }
    for (DatasetFiles.Event e : dataset.events()) {
      give(
          "policy_event",
          "select id from policy_event where key = :a",
          e.knownAt(),
          e.id(),
          null,
          null);
    }
  }

  private void give(String table, String rowSql, LocalDate known, Object a, Object b, Object c) {
    if (known == null) {
      return;
    }
    var query =
        tables
            .query(
                "insert into first_load_given (table_name, row_id, known) select :t, id, :known"
                    + " from ("
                    + rowSql
                    + ") r")
            .setParameter("t", table)
            .setParameter("known", known)
            .setParameter("a", a);
    if (b != null) {
      query.setParameter("b", b);
    }
    if (c != null) {
      query.setParameter("c", c.toString());
    }
    query.executeUpdate();
  }
}
