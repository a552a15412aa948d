package org.modelterms.dataset;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/**
 * Dates the history the first load writes: each fact is recorded at the day it became known (see
 * docs/dataset-format.md, "Known-at dates") instead of at the moment of the load, so that {@code
 * asKnownAt} on a fresh registry answers with what the registry would have held then. Runs in the
 * load's transaction: its rows are the history rows of this transaction, and the SPDX list's rows
 * of the licences the dataset refers to. Later writes (reloads, corrections) keep their real time.
 */
final class FirstLoadRecordTimes {

  private final FirstLoadTables tables;

  private FirstLoadRecordTimes(FirstLoadTables tables) {
    this.tables = tables;
  }

  /** Call before the load writes anything. */
  static FirstLoadRecordTimes start(EntityManager em) {
    return new FirstLoadRecordTimes(FirstLoadTables.after(em));
  }

  /**
   * Call after the load wrote everything. Each step reads the dates the ones before it worked out:
   * the order is the order in which facts depend on each other.
   */
  void apply(DatasetFiles.Dataset dataset) {
    LocalDate snapshot = dataset.manifest().snapshot();
    tables.create();
    new GivenDates(tables).record(dataset);
    OwnDates own = new OwnDates(tables);
    own.record(snapshot);
    own.notBeforeWhatTheyReferTo();
    OsaidNoteDates notes = new OsaidNoteDates(tables);
    notes.record(dataset);
    new PartDates(tables).record();
    new SharedFactDates(tables).record(snapshot);
    new EndDates(tables).record();
    notes.knownLater();
    tables.run(
        """
        update history h set recorded_at = least(cast(k.known as timestamp) at time zone 'UTC',
                                                 h.recorded_at)
        from first_load_known k
        where h.table_name = k.table_name and h.row_id = k.row_id
          and ((h.id > :before and h.recorded_at = now())
               or (h.table_name in ('license', 'license_alias') and h.id <= :before
                   and h.recorded_by = 'system'))
        """);
  }
}
