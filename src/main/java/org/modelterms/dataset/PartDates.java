package org.modelterms.dataset;

/**
 * Rows without a date of their own that belong to dated facts: parts take their whole's date
 * (components their model's, rules their version's), links the later of their ends.
 */
final class PartDates {

  private final FirstLoadTables tables;

  PartDates(FirstLoadTables tables) {
    this.tables = tables;
  }

  void record() {
    part("component", "model", "x.model_id");
    part("use_rule", "policy_version", "x.version_id");
    part("model_declared_license", "model", "x.model_id");
    part("model_license", "model", "x.model_id");
    tables.run(
        """
        insert into first_load_known (table_name, row_id, known)
        select 'component_license', x.id, k.known from component_license x
        join first_load_known k on k.table_name = 'component' and k.row_id = x.component_id
        where x.id in (select row_id from first_load_rows where table_name = 'component_license')
        """);
    tables.run(
        """
        insert into first_load_known (table_name, row_id, known)
        select 'policy_document_link', x.id, greatest(a.known, b.known) from policy_document_link x
        join first_load_known a on a.table_name = 'policy_document' and a.row_id = x.from_document_id
        join first_load_known b on b.table_name = 'policy_document' and b.row_id = x.to_document_id
        where x.id in (select row_id from first_load_rows where table_name = 'policy_document_link')
        """);
    for (String[] link :
        new String[][] {
          {"policy_event_document", "policy_document", "document_id"},
          {"policy_event_model", "model", "model_id"}
        }) {
      tables.run(
          "insert into first_load_known (table_name, row_id, known) select '"
              + link[0]
              + "', x.id, greatest(e.known, o.known) from "
              + link[0]
              + " x join first_load_known e on e.table_name = 'policy_event' and e.row_id ="
              + " x.event_id join first_load_known o on o.table_name = '"
              + link[1]
              + "' and o.row_id = x."
              + link[2]
              + " where x.id in (select row_id from first_load_rows where table_name = '"
              + link[0]
              + "')");
    }
  }

  private void part(String table, String whole, String reference) {
    tables.run(
        "insert into first_load_known (table_name, row_id, known) select '"
            + table
            + "', x.id, k.known from "
            + table
            + " x join first_load_known k on k.table_name = '"
            + whole
            + "' and k.row_id = "
            + reference
            + " where x.id in (select row_id from first_load_rows where table_name = '"
            + table
            + "')");
  }
}
