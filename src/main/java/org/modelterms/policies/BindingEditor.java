package org.modelterms.policies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.modelterms.history.Authored;
import org.modelterms.models.ModelEntity;
import org.modelterms.models.ModelLookup;
import org.modelterms.persistence.Writes;
import org.modelterms.policies.api.ModelBindInput;
import org.modelterms.shared.changes.ModelFactsChanged;
import org.modelterms.shared.errors.Problems;
import org.modelterms.shared.errors.UserError;
import org.modelterms.shared.errors.UserErrorCode;
import org.modelterms.sources.CitationSubject;
import org.modelterms.sources.SourceEditor;

/** Puts models under documents over periods; a new document of a role ends the previous one. */
@ApplicationScoped
@Transactional
@Authored
public class BindingEditor {

  private static final Map<String, UserError> CONSTRAINTS =
      Map.of(
          "binding_no_overlap",
          UserError.of(
              UserErrorCode.OVERLAP,
              "The model is already under this document for part of the period.",
              "input",
              "effectiveFrom"));

  @Inject PolicyEditor editor;
  @Inject SourceEditor sources;
  @Inject Event<ModelFactsChanged> factsChanged;
  @Inject Event<PolicyChanges.Committed> committed;

  public BindingEntity bind(ModelBindInput input) {
    ModelEntity model = ModelLookup.required(input.model());
    PolicyDocumentEntity document = editor.document(input.document(), "input", "document");
    Problems problems = new Problems();
    problems.dateOrder(input.effectiveFrom(), input.effectiveTo(), "input", "effectiveTo");
    editor.requireSources(input.sources(), problems, "input", "sources");
    // A document of a role that starts later ends the one in force (a relicensing); documents
    // of a role from the same day govern together (weights and code under different licences).
    BindingEntity previous =
        BindingEntity.<BindingEntity>find(
                "modelId = ?1 and role = ?2 and effectiveTo is null and documentId <> ?3"
                    + " and effectiveFrom <> ?4",
                model.id,
                input.role(),
                document.id,
                input.effectiveFrom())
            .firstResult();
    if (previous != null && input.effectiveFrom().isBefore(previous.effectiveFrom)) {
      problems.add(
          UserErrorCode.DATE_ORDER,
          "The model is under another document of this role since "
              + previous.effectiveFrom
              + "; a new one must start later.",
          "input",
          "effectiveFrom");
    }
    problems.throwIfAny();
    if (previous != null) {
      previous.effectiveTo = input.effectiveFrom();
      BindingEntity.flush();
    }
    BindingEntity binding = new BindingEntity();
    binding.modelId = model.id;
    binding.documentId = document.id;
    binding.role = input.role();
    binding.effectiveFrom = input.effectiveFrom();
    binding.effectiveTo = input.effectiveTo();
    binding.persist();
    sources.cite(CitationSubject.BINDING, binding.id, input.sources());
    Writes.flush(CONSTRAINTS);
    factsChanged.fire(ModelFactsChanged.of(model.id));
    committed.fire(
        new PolicyChanges.Committed(
            new org.modelterms.policies.api.PolicyChange(
                "MODEL_BOUND",
                document.slug,
                affected(model),
                List.of(),
                java.time.OffsetDateTime.now())));
    return binding;
  }

  /** The model and the models derived from it, whose inherited terms change with it. */
  @SuppressWarnings("unchecked")
  private static List<String> affected(ModelEntity model) {
    return ModelEntity.getEntityManager()
        .createNativeQuery(
            "with recursive d (id) as (select cast(:m as bigint) union select m.id from d join"
                + " model m on m.base_model_id = d.id) select slug from model where id in (select"
                + " id from d) order by slug")
        .setParameter("m", model.id)
        .getResultList();
  }
}
