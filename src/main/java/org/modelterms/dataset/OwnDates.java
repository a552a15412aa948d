package org.modelterms.dataset;

import java.time.LocalDate;

/**
 * The dates of the facts that have one of their own (models, documents, versions, bindings,
 * events), no earlier than the facts they refer to.
 */
final class OwnDates {

  private final FirstLoadTables tables;

  OwnDates(FirstLoadTables tables) {
    this.tables = tables;
  }

  /**
   * Facts with a date of their own: the date given, else the earliest day one of their sources was
   * published or retrieved (a source without either counts as the fact's own date), else their own
   * date (release, effective date, start of a binding, day of an event).
   */
  void record(LocalDate snapshot) {
    dated(
        "model",
        "m",
        "model m",
        "m.released_on",
        "model_id",
        "(select min(e.occurred_on) from policy_event_model pm join policy_event e"
            + " on e.id = pm.event_id where pm.model_id = m.id), cast(:snapshot as date)",
        snapshot);
    dated(
        "policy_version",
        "v",
        "policy_version v",
        "v.effective_from",
        "policy_version_id",
        null,
        null);
    dated("binding", "b", "binding b", "b.effective_from", "binding_id", null, null);
    dated("policy_event", "e", "policy_event e", "e.occurred_on", "policy_event_id", null, null);
    // A document is known when the first of its versions or bindings is, or a dated source of it.
    tables.run(
        """
        insert into first_load_known (table_name, row_id, known)
        select 'policy_document', d.id, coalesce(g.known, least(
          (select min(k.known) from policy_version v join first_load_known k
             on k.table_name = 'policy_version' and k.row_id = v.id where v.document_id = d.id),
          (select min(k.known) from binding b join first_load_known k
             on k.table_name = 'binding' and k.row_id = b.id where b.document_id = d.id),
          (select min(coalesce(s.published_on, s.retrieved_on)) from citation c
             join source s on s.id = c.source_id where c.policy_document_id = d.id),
          cast(:snapshot as date)))
        from policy_document d
        left join first_load_given g on g.table_name = 'policy_document' and g.row_id = d.id
        where d.id in (select row_id from first_load_rows where table_name = 'policy_document')
        """,
        snapshot);
  }

  private void dated(
      String table,
      String alias,
      String from,
      String ownDate,
      String citationColumn,
      String fallback,
      LocalDate snapshot) {
    String sql =
        "insert into first_load_known (table_name, row_id, known) select '"
            + table
            + "', "
            + alias
            + ".id, coalesce(g.known, (select min(coalesce(s.published_on, s.retrieved_on, "
            + ownDate
            + ")) from citation c join source s on s.id = c.source_id where c."
            + citationColumn
            + " = "
            + alias
            // A source cited for one field only (an OSAID note's) does not date the whole fact.
            + ".id and c.field is null), "
            + ownDate
            + (fallback == null ? "" : ", " + fallback)
            + ") from "
            + from
            + " left join first_load_given g on g.table_name = '"
            + table
            + "' and g.row_id = "
            + alias
            + ".id where "
            + alias
            + ".id in (select row_id from first_load_rows where table_name = '"
            + table
            + "')";
    var query = tables.query(sql);
    if (snapshot != null) {
      query.setParameter("snapshot", snapshot);
    }
    query.executeUpdate();
  }

  /** A fact cannot be known before what it refers to: a binding before its model, say. */
  void notBeforeWhatTheyReferTo() {
    raise("policy_version", "x.document_id", "policy_document");
    for (int depth = 0; depth < 20; depth++) {
      if (raise("model", "x.base_model_id", "model") == 0) {
        break;
      }
    }
    raise("binding", "x.model_id", "model");
    raise("binding", "x.document_id", "policy_document");
  }

  private int raise(String table, String reference, String referenced) {
    return tables
        .query(
            "update first_load_known k set known = r.known from "
                + table
                + " x, first_load_known r where k.table_name = '"
                + table
                + "' and k.row_id = x.id and r.table_name = '"
                + referenced
                + "' and r.row_id = "
                + reference
                + " and r.known > k.known")
        .executeUpdate();
  }
}
