package org.modelterms.dataset;

import java.time.LocalDate;

/** The dates of the models' OSAID notes, which the registry wrote after the models became known. */
final class OsaidNoteDates {

  private final FirstLoadTables tables;

  OsaidNoteDates(FirstLoadTables tables) {
    this.tables = tables;
  }

  /**
   * A model's OSAID note is the registry's reading of facts gathered after the model's release: it
   * is known at its {@code knownAt}, else at the dataset's snapshot, never before its model (and no
   * later than today); its citations with it.
   */
  void record(DatasetFiles.Dataset dataset) {
    tables.run(
        "create temp table first_load_notes (model_id bigint primary key, known date not null)"
            + " on commit drop");
    for (DatasetFiles.Model m : dataset.models()) {
      if (m.osaidNote() == null) {
        continue;
      }
      LocalDate known =
          m.osaidNote().knownAt() != null ? m.osaidNote().knownAt() : dataset.manifest().snapshot();
      tables
          .query(
              "insert into first_load_notes (model_id, known) select m.id,"
                  + " least(greatest(cast(:known as date), k.known), current_date) from model m"
                  + " join first_load_known k on k.table_name = 'model' and k.row_id = m.id"
                  + " where m.slug = :slug and m.osaid_note is not null")
          .setParameter("known", known)
          .setParameter("slug", m.slug())
          .executeUpdate();
    }
  }

  /**
   * A note known later than its model: until then the model's history shows it without the note, as
   * the registry would have held it; the note is recorded as an update at its own date.
   */
  void knownLater() {
    String later =
        " from first_load_notes n join first_load_known k on k.table_name = 'model'"
            + " and k.row_id = n.model_id where n.known > k.known";
    tables.run(
        "update history h set new_row = jsonb_set(h.new_row, '{osaid_note}', 'null'),"
            + " old_row = case when h.old_row is null then null"
            + " else jsonb_set(h.old_row, '{osaid_note}', 'null') end"
            + " where h.table_name = 'model' and h.id > :before and h.recorded_at = now()"
            + " and h.row_id in (select n.model_id"
            + later
            + ")");
    tables.run(
        "insert into history (table_name, row_id, operation, old_row, new_row, recorded_at,"
            + " recorded_by) select 'model', x.id, 'UPDATE',"
            + " jsonb_set(to_jsonb(x), '{osaid_note}', 'null'), to_jsonb(x),"
            + " cast(n.known as timestamp) at time zone 'UTC',"
            + " coalesce(nullif(current_setting('modelterms.actor', true), ''), 'system')"
            + later.replace(" where ", " join model x on x.id = n.model_id where "));
  }
}
