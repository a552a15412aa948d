package org.modelterms.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.modelterms.history.Authored;
import org.modelterms.shared.errors.Problems;
import org.modelterms.shared.errors.UserErrorCode;
import org.modelterms.sources.CitationSubject;
import org.modelterms.sources.SourceEditor;
import org.modelterms.sources.api.SourceInput;

/** Records policy events with their sources and the documents and models they concern. */
@ApplicationScoped
@Transactional
public class EventEditor {

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
  @Inject SourceEditor sources;

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
}
