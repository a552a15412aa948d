package org.modelterms.dataset;

/** The ends of versions and bindings, known later than the versions and bindings themselves. */
final class EndDates {

  private final FirstLoadTables tables;

  EndDates(FirstLoadTables tables) {
    this.tables = tables;
  }

  /**
   * A version or binding that ended when a successor started: its end became known only with the
   * successor (or, without one, on the end day), so until then its history shows it open-ended, as
   * the registry would have held it; the end is recorded as an update at that later time.
   */
  void record() {
    ended("policy_version", "n.document_id = x.document_id and n.effective_from = x.effective_to");
    ended(
        "binding",
        "n.model_id = x.model_id and n.role = x.role and n.effective_from = x.effective_to");
  }

  private void ended(String table, String successor) {
    String ends =
        "select x.id, least(coalesce((select min(kn.known) from "
            + table
            + " n join first_load_known kn on kn.table_name = '"
            + table
            + "' and kn.row_id = n.id where "
            + successor
            + "), x.effective_to), current_date) as end_known from "
            + table
            + " x join first_load_known k on k.table_name = '"
            + table
            + "' and k.row_id = x.id where x.effective_to is not null";
    String known =
        "(select k.known from first_load_known k where k.table_name = '"
            + table
            + "' and k.row_id = e.id)";
    String open =
        " jsonb_set(jsonb_set(%s, '{effective_to}', 'null'), '{effective}',"
            + " to_jsonb(daterange(cast(%s->>'effective_from' as date), null, '[)')))";
    tables.run(
        "create temp table first_load_ends on commit drop as select e.id, e.end_known from ("
            + ends
            + ") e where e.end_known > "
            + known);
    tables.run(
        "update history h set new_row ="
            + open.formatted("h.new_row", "h.new_row")
            + ", old_row = case when h.old_row is null or h.old_row->>'effective_to' is null then"
            + " h.old_row else"
            + open.formatted("h.old_row", "h.old_row")
            + " end from first_load_ends e where h.table_name = '"
            + table
            + "' and h.row_id = e.id and h.id > :before and h.recorded_at = now()");
    tables.run(
        "insert into history (table_name, row_id, operation, old_row, new_row, recorded_at,"
            + " recorded_by) select '"
            + table
            + "', x.id, 'UPDATE',"
            + open.formatted("to_jsonb(x)", "to_jsonb(x)")
            + ", to_jsonb(x), cast(e.end_known as timestamp) at time zone 'UTC',"
            + " coalesce(nullif(current_setting('modelterms.actor', true), ''), 'system') from "
            + table
            + " x join first_load_ends e on e.id = x.id");
    tables.run("drop table first_load_ends");
  }
}
