package org.modelterms.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modelterms.events.api.PolicyEvent;
import org.modelterms.history.Authored;
import org.modelterms.shared.errors.Problems;
import org.modelterms.shared.errors.UserErrorCode;
import org.modelterms.sources.CitationSubject;
import org.modelterms.sources.SourceService;
import org.modelterms.sources.api.SourceInput;

/** Records and reads policy events. */
@ApplicationScoped
@Transactional
public class EventService {

  /** An event to record; documents and models by slug. */
  public record EventInput(
      String reference,
      LocalDate occurredOn,
      String title,
      String actor,
      String summary,
      EventEffect effect,
      List<String> documents,
      List<String> models,
      List<SourceInput> sources) {}

  @Inject EntityManager em;
  @Inject SourceService sources;

  @Authored // on the write only: reads need not tell the database who writes
  public PolicyEventEntity record(EventInput input) {
    Problems problems = new Problems();
    PolicyEventEntity e = new PolicyEventEntity();
    e.key = problems.requireText(input.reference(), 50, "input", "reference");
    e.title = problems.requireText(input.title(), 300, "input", "title");
    e.actor = problems.optionalText(input.actor(), 300, "input", "actor");
    e.summary = problems.optionalText(input.summary(), 5000, "input", "summary");
    e.effect = input.effect();
    e.occurredOn = input.occurredOn();
    if (e.occurredOn == null) {
      problems.add(UserErrorCode.REQUIRED, "An event needs a date.", "input", "occurredOn");
    }
    if (input.sources() == null || input.sources().isEmpty()) {
      problems.add(UserErrorCode.REQUIRED, "Cite at least one source.", "input", "sources");
    }
    sources.validate(input.sources(), problems, "input", "sources");
    List<Long> documents = keys(input.documents(), "PolicyDocumentEntity", problems, "documents");
    List<Long> models = keys(input.models(), "ModelEntity", problems, "models");
    problems.throwIfAny();
    e.persist();
    documents.forEach(d -> link("policy_event_document", "document_id", e.id, d));
    models.forEach(m -> link("policy_event_model", "model_id", e.id, m));
    sources.cite(CitationSubject.POLICY_EVENT, e.id, input.sources());
    return e;
  }

  private List<Long> keys(List<String> slugs, String entity, Problems problems, String field) {
    List<Long> keys = new ArrayList<>();
    if (slugs == null) {
      return keys;
    }
    for (int i = 0; i < slugs.size(); i++) {
      List<?> found =
          em.createQuery("select id from " + entity + " where slug = ?1")
              .setParameter(1, slugs.get(i))
              .getResultList();
      if (found.isEmpty()) {
        problems.add(
            UserErrorCode.NOT_FOUND,
            "Nothing has the slug \"" + slugs.get(i) + "\".",
            "input",
            field,
            String.valueOf(i));
      } else {
        keys.add((Long) found.get(0));
      }
    }
    return keys;
  }

  private void link(String table, String column, long event, long target) {
    em.createNativeQuery(
            "insert into "
                + table
                + " (event_id, "
                + column
                + ") values (:e, :t) on conflict do nothing")
        .setParameter("e", event)
        .setParameter("t", target)
        .executeUpdate();
  }

  public List<PolicyEvent> all() {
    return PolicyEventEntity.<PolicyEventEntity>list("order by occurredOn, key").stream()
        .map(EventService::toApi)
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
