package org.modelterms.dataset;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

/**
 * Dates the history the first load writes: each fact is recorded at the day it became known (see
 * docs/dataset-format.md, "Known-at dates") instead of at the moment of the load, so that {@code
 * asKnownAt} on a fresh registry answers with what the registry would have held then. Runs in the
 * load's transaction: its rows are the history rows of this transaction, and the SPDX list's rows
 * of the licences the dataset refers to. Later writes (reloads, corrections) keep their real time.
 */
final class FirstLoadRecordTimes {

  /** The history row the load starts after, so that only this load's rows are dated. */
  private final long before;

  private final EntityManager em;

  private FirstLoadRecordTimes(EntityManager em, long before) {
    this.em = em;
    this.before = before;
  }

  /** Call before the load writes anything. */
  static FirstLoadRecordTimes start(EntityManager em) {
    Number max =
        (Number) em.createNativeQuery("select coalesce(max(id), 0) from history").getSingleResult();
    return new FirstLoadRecordTimes(em, max.longValue());
  }

  /** Call after the load wrote everything (Hibernate flushed). */
  void apply(DatasetFiles.Dataset dataset) {
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
    given(dataset);
    ownDates(dataset.manifest().snapshot());
    notBeforeWhatTheyReferTo();
    osaidNotes(dataset);
    dependents(dataset.manifest().snapshot());
    endsKnownLater();
    osaidNotesKnownLater();
    run(
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

  /** The dates the dataset gives explicitly ({@code knownAt}). */
  private void given(DatasetFiles.Dataset dataset) {
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
        em.createNativeQuery(
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

  /**
   * Facts with a date of their own: the date given, else the earliest day one of their sources was
   * published or retrieved (a source without either counts as the fact's own date), else their own
   * date (release, effective date, start of a binding, day of an event).
   */
  private void ownDates(LocalDate snapshot) {
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
    run(
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
    var query = em.createNativeQuery(sql);
    if (snapshot != null) {
      query.setParameter("snapshot", snapshot);
    }
    query.executeUpdate();
  }

  /**
   * A model's OSAID note is the registry's reading of facts gathered after the model's release: it
   * is known at its {@code knownAt}, else at the dataset's snapshot, never before its model (and no
   * later than today); its citations with it.
   */
  private void osaidNotes(DatasetFiles.Dataset dataset) {
    run(
        "create temp table first_load_notes (model_id bigint primary key, known date not null)"
            + " on commit drop");
    for (DatasetFiles.Model m : dataset.models()) {
      if (m.osaidNote() == null) {
        continue;
      }
      LocalDate known =
          m.osaidNote().knownAt() != null ? m.osaidNote().knownAt() : dataset.manifest().snapshot();
      em.createNativeQuery(
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
  private void osaidNotesKnownLater() {
    String later =
        " from first_load_notes n join first_load_known k on k.table_name = 'model'"
            + " and k.row_id = n.model_id where n.known > k.known";
    run(
        "update history h set new_row = jsonb_set(h.new_row, '{osaid_note}', 'null'),"
            + " old_row = case when h.old_row is null then null"
            + " else jsonb_set(h.old_row, '{osaid_note}', 'null') end"
            + " where h.table_name = 'model' and h.id > :before and h.recorded_at = now()"
            + " and h.row_id in (select n.model_id"
            + later
            + ")");
    run(
        "insert into history (table_name, row_id, operation, old_row, new_row, recorded_at,"
            + " recorded_by) select 'model', x.id, 'UPDATE',"
            + " jsonb_set(to_jsonb(x), '{osaid_note}', 'null'), to_jsonb(x),"
            + " cast(n.known as timestamp) at time zone 'UTC',"
            + " coalesce(nullif(current_setting('modelterms.actor', true), ''), 'system')"
            + later.replace(" where ", " join model x on x.id = n.model_id where "));
  }

  /** A fact cannot be known before what it refers to: a binding before its model, say. */
  private void notBeforeWhatTheyReferTo() {
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
    return em.createNativeQuery(
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

  /**
   * Rows without a date of their own: parts take their whole's date (components their model's,
   * rules their version's), links the later of their ends, and what many facts refer to
   * (organisations, licences, sources) the earliest date of those facts.
   */
  private void dependents(LocalDate snapshot) {
    part("component", "model", "x.model_id");
    part("use_rule", "policy_version", "x.version_id");
    part("model_declared_license", "model", "x.model_id");
    part("model_license", "model", "x.model_id");
    run(
        """
        insert into first_load_known (table_name, row_id, known)
        select 'component_license', x.id, k.known from component_license x
        join first_load_known k on k.table_name = 'component' and k.row_id = x.component_id
        where x.id in (select row_id from first_load_rows where table_name = 'component_license')
        """);
    run(
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
      run(
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
    run(
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
    run(
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
    run(
        """
        insert into first_load_known (table_name, row_id, known)
        select 'license_alias', a.id, k.known from license_alias a
        join first_load_known k on k.table_name = 'license' and k.row_id = a.license_id
        where a.id in (select row_id from first_load_rows where table_name = 'license_alias')
           or a.license_id in (select row_id from first_load_known where table_name = 'license')
        """);
    run(
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
    run(
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

  private void part(String table, String whole, String reference) {
    run(
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

  /**
   * A version or binding that ended when a successor started: its end became known only with the
   * successor (or, without one, on the end day), so until then its history shows it open-ended, as
   * the registry would have held it; the end is recorded as an update at that later time.
   */
  private void endsKnownLater() {
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
    run(
        "create temp table first_load_ends on commit drop as select e.id, e.end_known from ("
            + ends
            + ") e where e.end_known > "
            + known);
    run(
        "update history h set new_row ="
            + open.formatted("h.new_row", "h.new_row")
            + ", old_row = case when h.old_row is null or h.old_row->>'effective_to' is null then"
            + " h.old_row else"
            + open.formatted("h.old_row", "h.old_row")
            + " end from first_load_ends e where h.table_name = '"
            + table
            + "' and h.row_id = e.id and h.id > :before and h.recorded_at = now()");
    run(
        "insert into history (table_name, row_id, operation, old_row, new_row, recorded_at,"
            + " recorded_by) select '"
            + table
            + "', x.id, 'UPDATE',"
            + open.formatted("to_jsonb(x)", "to_jsonb(x)")
            + ", to_jsonb(x), cast(e.end_known as timestamp) at time zone 'UTC',"
            + " coalesce(nullif(current_setting('modelterms.actor', true), ''), 'system') from "
            + table
            + " x join first_load_ends e on e.id = x.id");
    run("drop table first_load_ends");
  }

  private void run(String sql) {
    var query = em.createNativeQuery(sql);
    if (sql.contains(":before")) {
      query.setParameter("before", before);
    }
    query.executeUpdate();
  }

  private void run(String sql, LocalDate snapshot) {
    var query = em.createNativeQuery(sql).setParameter("snapshot", snapshot);
    if (sql.contains(":before")) {
      query.setParameter("before", before);
    }
    query.executeUpdate();
  }
}
