package org.modelterms.dataset;

import java.time.LocalDate;

/**
 * What many facts refer to (organisations, licences, citations, sources): known with the earliest
 * of those facts, else at the dataset's snapshot.
 */
final class SharedFactDates {

  private final FirstLoadTables tables;

  SharedFactDates(FirstLoadTables tables) {
    this.tables = tables;
  }

  void record(LocalDate snapshot) {
    tables.run(
        """
        insert into first_load_known (table_name, row_id, known)
        select 'organization', o.id, coalesce(least(
          (select min(k.known) from model m join first_load_known k
             on k.table_name = 'model' and k.row_id = m.id where m.provider_id = o.id),
          (select min(k.known) from policy_document d join first_load_known k
             on k.table_name = 'policy_document' and k.row_id = d.id where d.publisher_id = o.id)),
          cast(:snapshot as date))
        from organization o
        where o.id in (select row_id from first_load_rows where table_name = 'organization')
        """,
        snapshot);
    // Licences the dataset wrote or refers to, including the SPDX list's, loaded before it.
    tables.run(
        """
        insert into first_load_known (table_name, row_id, known)
        select * from (select 'license', l.id, coalesce(least(
          (select min(k.known) from component_license x join first_load_known k
             on k.table_name = 'component' and k.row_id = x.component_id where x.license_id = l.id),
          (select min(k.known) from model_license x join first_load_known k
             on k.table_name = 'model' and k.row_id = x.model_id where x.license_id = l.id),
          (select min(k.known) from policy_document d join first_load_known k
             on k.table_name = 'policy_document' and k.row_id = d.id where d.license_id = l.id)),
          case when l.id in (select row_id from first_load_rows where table_name = 'license')
               then cast(:snapshot as date) end) as known
        from license l
        where l.id in (select row_id from first_load_rows where table_name = 'license')
           or exists (select 1 from component_license x join first_load_rows r
                        on r.table_name = 'component_license' and r.row_id = x.id
                      where x.license_id = l.id)
           or exists (select 1 from model_license x join first_load_rows r
                        on r.table_name = 'model_license' and r.row_id = x.id
                      where x.license_id = l.id)
           or exists (select 1 from policy_document d join first_load_rows r
                        on r.table_name = 'policy_document' and r.row_id = d.id
                      where d.license_id = l.id)) q
        where q.known is not null
        """,
        snapshot);
    tables.run(
        """
        insert into first_load_known (table_name, row_id, known)
        select 'license_alias', a.id, k.known from license_alias a
        join first_load_known k on k.table_name = 'license' and k.row_id = a.license_id
        where a.id in (select row_id from first_load_rows where table_name = 'license_alias')
           or a.license_id in (select row_id from first_load_known where table_name = 'license')
        """);
    tables.run(
        """
        insert into first_load_known (table_name, row_id, known)
        select 'citation', c.id, coalesce(n.known, k.known, cast(:snapshot as date))
        from citation c
        left join first_load_notes n on c.field = 'osaidNote' and n.model_id = c.model_id
        left join first_load_known k on (k.table_name, k.row_id) = (
          case when c.organization_id is not null then 'organization'
               when c.model_id is not null then 'model'
               when c.component_id is not null then 'component'
               when c.license_id is not null then 'license'
               when c.policy_document_id is not null then 'policy_document'
               when c.policy_version_id is not null then 'policy_version'
               when c.use_rule_id is not null then 'use_rule'
               when c.binding_id is not null then 'binding'
               else 'policy_event' end,
          coalesce(c.organization_id, c.model_id, c.component_id, c.license_id,
                   c.policy_document_id, c.policy_version_id, c.use_rule_id, c.binding_id,
                   c.policy_event_id))
        where c.id in (select row_id from first_load_rows where table_name = 'citation')
        """,
        snapshot);
    tables.run(
        """
        insert into first_load_known (table_name, row_id, known)
        select 'source', s.id, coalesce(
          (select min(k.known) from citation c join first_load_known k
             on k.table_name = 'citation' and k.row_id = c.id where c.source_id = s.id),
          cast(:snapshot as date))
        from source s
        where s.id in (select row_id from first_load_rows where table_name = 'source')
        """,
        snapshot);
  }
}
