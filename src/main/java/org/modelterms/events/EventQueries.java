package org.modelterms.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modelterms.events.api.PolicyEvent;

@ApplicationScoped
@Transactional
/** Reads policy events: all of them, or those of many documents or models at once. */
public class EventQueries {

  @Inject EntityManager em;

  public List<PolicyEvent> all() {
    return PolicyEventEntity.<PolicyEventEntity>list("order by occurredOn, key").stream()
        .map(EventQueries::toApi)
        .toList();
  }

  /** Events concerning each document, in one query. */
  public List<List<PolicyEvent>> ofDocuments(List<Long> documentKeys) {
    return linked("policy_event_document", "document_id", documentKeys);
  }

  /** Events concerning each model, in one query. */
  public List<List<PolicyEvent>> ofModels(List<Long> modelKeys) {
    return linked("policy_event_model", "model_id", modelKeys);
  }

  private List<List<PolicyEvent>> linked(String table, String column, List<Long> keys) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select l."
                    + column
                    + ", e.id from "
                    + table
                    + " l join policy_event e on e.id ="
                    + " l.event_id where l."
                    + column
                    + " = any(:k) order by e.occurred_on",
                Object[].class)
            .setParameter("k", keys.toArray(Long[]::new))
            .getResultList();
    Map<Long, List<Long>> eventsOf = new HashMap<>();
    rows.forEach(
        r ->
            eventsOf
                .computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                .add(((Number) r[1]).longValue()));
    Map<Long, PolicyEvent> byKey = new HashMap<>();
    List<Long> all = eventsOf.values().stream().flatMap(List::stream).distinct().toList();
    if (!all.isEmpty()) {
      PolicyEventEntity.<PolicyEventEntity>list("id in ?1", all)
          .forEach(e -> byKey.put(e.id, toApi(e)));
    }
    return keys.stream()
        .map(k -> eventsOf.getOrDefault(k, List.of()).stream().map(byKey::get).toList())
        .toList();
  }

  static PolicyEvent toApi(PolicyEventEntity e) {
    return new PolicyEvent(e.id, e.key, e.occurredOn, e.title, e.actor, e.summary, e.effect);
  }
}
