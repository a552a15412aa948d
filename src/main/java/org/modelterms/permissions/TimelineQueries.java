package org.modelterms.permissions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.modelterms.history.AsOfTables;
import org.modelterms.models.api.Model;
import org.modelterms.permissions.api.ActorInput;
import org.modelterms.permissions.api.TimelineEntry;
import org.modelterms.permissions.api.UsePermission;
import org.modelterms.persistence.SqlValues;
import org.modelterms.policies.UseCategory;
import org.modelterms.shared.errors.InvalidArgumentException;

/**
 * The dated changes of a verdict: the verdict is evaluated on the first day, on the model's release
 * (before it, the verdict is UNKNOWN) and on every day a binding, version or statement of the
 * model's terms starts or ends, and an entry is kept where the verdict or its deciding clauses
 * change.
 */
@ApplicationScoped
@Transactional
public class TimelineQueries {

  /** The days the terms change, from the tables now or as recorded ({@link AsOfTables}). */
  private static final String EVENTS =
      """
      with recursive lineage (id, depth) as (
        select cast(:model as bigint), 0
        union all
        select m.base_model_id, l.depth + 1 from lineage l join ${model} m on m.id = l.id
        where m.base_model_id is not null and l.depth < 20
      ),
      bound as (select b.* from ${binding} b where b.model_id in (select id from lineage)),
      docs (document_id) as (
        select document_id from bound
        union
        select k.to_document_id from docs d join ${policy_document_link} k
          on k.from_document_id = d.document_id and k.relation = 'INCORPORATES'
      ),
      reached (document_id) as (
        select document_id from docs
        union
        select k.from_document_id from docs d join ${policy_document_link} k
          on k.to_document_id = d.document_id and k.relation = 'AMENDS'
      )
      select v.effective_from, 'Version "' || v.label || '" of the ' || d.title
               || case when d.kind = 'STATEMENT' then ' (a statement)' else '' end || ' took effect'
      from ${policy_version} v join ${policy_document} d on d.id = v.document_id
      where v.document_id in (select document_id from reached)
      union all
      select v.effective_to, 'The ' || d.title || ' ceased to apply'
      from ${policy_version} v join ${policy_document} d on d.id = v.document_id
      where v.document_id in (select document_id from reached) and v.effective_to is not null
        and not exists (select 1 from ${policy_version} n where n.document_id = v.document_id
                        and n.effective_from = v.effective_to)
      union all
      select b.effective_from, 'The ' || d.title || ' began to govern the model'
      from bound b join ${policy_document} d on d.id = b.document_id
      union all
      select b.effective_to, 'The ' || d.title || ' stopped governing the model'
      from bound b join ${policy_document} d on d.id = b.document_id where b.effective_to is not null
      union all
      select m.released_on, 'The model was released' from ${model} m
      where m.id = :model and m.released_on is not null
      """;

  private static final int MAX_DAYS = 60;

  @Inject EntityManager em;
  @Inject PermissionQueries permissions;

  public List<TimelineEntry> timeline(
      Model model,
      UseCategory use,
      LocalDate from,
      LocalDate to,
      ActorInput actor,
      OffsetDateTime asKnownAt) {
    LocalDate end = to == null ? LocalDate.now() : to;
    LocalDate start = from == null ? LocalDate.of(2019, 1, 1) : from;
    if (end.isBefore(start)) {
      throw new InvalidArgumentException("`to` must not be before `from`.");
    }
    if (asKnownAt != null && !heldAt(model, asKnownAt)) {
      // The registry held no record of the model then: it had no verdicts to change.
      return List.of();
    }
    Map<LocalDate, List<String>> causes = new TreeMap<>();
    causes.put(start, new ArrayList<>(List.of("Start of the period asked about")));
    @SuppressWarnings("unchecked")
    List<Object[]> events =
        eventsQuery(asKnownAt).setParameter("model", model.key()).getResultList();
    for (Object[] e : events) {
      LocalDate day = SqlValues.localDate(e[0]);
      if (day.isAfter(start) && !day.isAfter(end)) {
        causes.computeIfAbsent(day, d -> new ArrayList<>()).add((String) e[1]);
      }
    }
    List<TimelineEntry> entries = new ArrayList<>();
    UsePermission previous = null;
    for (Map.Entry<LocalDate, List<String>> day : causes.entrySet()) {
      if (entries.size() >= MAX_DAYS) {
        break;
      }
      UsePermission p =
          permissions
              .evaluate(List.of(model), List.of(use), day.getKey(), actor, asKnownAt)
              .get(0)
              .get(0);
      if (previous != null && sameDecision(previous, p)) {
        continue;
      }
      if (!entries.isEmpty()) {
        TimelineEntry last = entries.remove(entries.size() - 1);
        entries.add(
            new TimelineEntry(
                last.from(), day.getKey(), last.verdict(), last.cause(), last.permission()));
      }
      entries.add(
          new TimelineEntry(
              day.getKey(), null, p.verdict(), String.join("; ", day.getValue()) + ".", p));
      previous = p;
    }
    return entries;
  }

  private Query eventsQuery(OffsetDateTime asKnownAt) {
    if (asKnownAt == null) {
      return em.createNativeQuery(AsOfTables.now(EVENTS), Object[].class);
    }
    return em.createNativeQuery(AsOfTables.asRecorded(EVENTS), Object[].class)
        .setParameter("asKnownAt", asKnownAt.toString());
  }

  private boolean heldAt(Model model, OffsetDateTime asKnownAt) {
    return !em.createNativeQuery(
            AsOfTables.asRecorded("select 1 from ${model} m where m.id = :model"))
        .setParameter("asKnownAt", asKnownAt.toString())
        .setParameter("model", model.key())
        .getResultList()
        .isEmpty();
  }

  private static boolean sameDecision(UsePermission a, UsePermission b) {
    return a.verdict() == b.verdict()
        && Objects.equals(a.conditions(), b.conditions())
        && a.rules().stream()
            .map(r -> r.version().key())
            .toList()
            .equals(b.rules().stream().map(r -> r.version().key()).toList());
  }
}
