package org.modelterms.models;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.modelterms.history.Authored;
import org.modelterms.licenses.LicenseQueries;
import org.modelterms.licenses.ResolvedExpression;
import org.modelterms.models.api.Model;
import org.modelterms.models.api.ModelRegisterInput;
import org.modelterms.models.api.ModelUpdateInput;
import org.modelterms.organizations.OrganizationEntity;
import org.modelterms.organizations.OrganizationQueries;
import org.modelterms.persistence.Writes;
import org.modelterms.shared.changes.ModelFactsChanged;
import org.modelterms.shared.errors.Problems;
import org.modelterms.shared.errors.UserError;
import org.modelterms.shared.errors.UserErrorCode;
import org.modelterms.sources.CitationSubject;
import org.modelterms.sources.SourceEditor;

/** Registers and changes models. Every refused input writes nothing. */
@ApplicationScoped
@Transactional
@Authored
public class ModelEditor {

  private static final Pattern HUGGING_FACE_ID =
      Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$");

  private static final Map<String, UserError> CONSTRAINTS =
      Map.of(
          "model_slug_key",
          UserError.of(UserErrorCode.DUPLICATE, "Another model has this slug.", "input", "slug"),
          "model_hugging_face_id_lower_key",
          UserError.of(
              UserErrorCode.DUPLICATE,
              "Another model has this Hugging Face id.",
              "input",
              "huggingFaceId"));

  @Inject OrganizationQueries organizations;
  @Inject LicenseQueries licenses;
  @Inject ComponentEditor components;
  @Inject SourceEditor sources;
  @Inject Event<ModelFactsChanged> factsChanged;

  public Model register(ModelRegisterInput input) {
    Problems problems = new Problems();
    ModelEntity model = new ModelEntity();
    model.slug = problems.requireSlug(input.slug(), "input", "slug");
    model.name = problems.requireText(input.name(), 200, "input", "name");
    model.huggingFaceId = huggingFaceId(input.huggingFaceId(), problems);
    if (input.provider() == null || input.provider().isBlank()) {
      problems.add(UserErrorCode.REQUIRED, "A provider is required.", "input", "provider");
    } else {
      model.provider = provider(input.provider(), problems);
    }
    model.releasedOn = releasedOn(input.releasedOn(), problems);
    model.parameterCount = parameterCount(input.parameterCount(), problems);
    model.modality = input.modality();
    model.description = problems.optionalText(input.description(), 5000, "input", "description");
    ResolvedExpression license = licenseExpression(input.licenseExpression(), problems);
    setBase(model, input.baseModel(), input.baseRelation(), problems);
    if (model.slug != null && ModelLookup.bySlug(model.slug).isPresent()) {
      problems.add(UserErrorCode.DUPLICATE, "Another model has this slug.", "input", "slug");
    }
    if (model.huggingFaceId != null
        && ModelLookup.byHuggingFaceId(model.huggingFaceId).isPresent()) {
      problems.add(
          UserErrorCode.DUPLICATE,
          "Another model has this Hugging Face id.",
          "input",
          "huggingFaceId");
    }
    List<ComponentEditor.Checked> checked =
        components.checkAll(input.components(), problems, "input", "components");
    sources.validate(input.sources(), problems, "input", "sources");
    OsaidNotes.Checked note = OsaidNotes.check(input.osaidNote(), sources, problems);
    problems.throwIfAny();

    applyLicense(model, license);
    model.osaidNote = note == null ? null : note.text();
    model.persist();
    checked.forEach(c -> components.write(model, c));
    sources.cite(CitationSubject.MODEL, model.id, input.sources());
    OsaidNotes.cite(model, note, sources, false);
    Writes.flush(CONSTRAINTS);
    factsChanged.fire(ModelFactsChanged.of(model.id));
    return ModelMapper.toApi(model);
  }

  public Model update(ModelUpdateInput input) {
    ModelEntity model = ModelLookup.required(input.model());
    Writes.checkRevision(input.expectedRevision(), model.version);
    Problems problems = new Problems();
    if (input.name() != null) {
      model.name = problems.requireText(input.name(), 200, "input", "name");
    }
    if (input.huggingFaceId() != null) {
      String hf = huggingFaceId(input.huggingFaceId(), problems);
      Optional<ModelEntity> holder =
          hf == null ? Optional.empty() : ModelLookup.byHuggingFaceId(hf);
      if (holder.isPresent() && !holder.get().id.equals(model.id)) {
        problems.add(
            UserErrorCode.DUPLICATE,
            "Another model has this Hugging Face id.",
            "input",
            "huggingFaceId");
      }
      model.huggingFaceId = hf;
    }
    if (input.provider() != null) {
      OrganizationEntity provider = provider(input.provider(), problems);
      model.provider = provider == null ? model.provider : provider;
    }
    if (input.releasedOn() != null) {
      model.releasedOn = releasedOn(input.releasedOn(), problems);
    }
    if (input.parameterCount() != null) {
      model.parameterCount = parameterCount(input.parameterCount(), problems);
    }
    if (input.modality() != null) {
      model.modality = input.modality();
    }
    if (input.description() != null) {
      model.description = problems.optionalText(input.description(), 5000, "input", "description");
    }
    ResolvedExpression license = null;
    if (input.licenseExpression() != null) {
      license = licenseExpression(input.licenseExpression(), problems);
    }
    if (input.baseModel() != null || input.baseRelation() != null) {
      setBase(
          model,
          input.baseModel() != null ? input.baseModel() : slugOf(model.baseModel),
          input.baseRelation() != null ? input.baseRelation() : model.baseRelation,
          problems);
    } else if (model.baseModel != null) {
      checkBaseReleasedFirst(model, model.baseModel, problems);
    }
    OsaidNotes.Checked note = OsaidNotes.check(input.osaidNote(), sources, problems);
    problems.throwIfAny();
    if (input.licenseExpression() != null) {
      applyLicense(model, license);
    }
    if (note != null) {
      model.osaidNote = note.text();
      OsaidNotes.cite(model, note, sources, true);
    }
    Writes.flush(CONSTRAINTS);
    factsChanged.fire(ModelFactsChanged.of(model.id));
    return ModelMapper.toApi(model);
  }

  private String huggingFaceId(String value, Problems problems) {
    String id = problems.optionalText(value, 200, "input", "huggingFaceId");
    if (id != null && !HUGGING_FACE_ID.matcher(id).matches()) {
      problems.add(
          UserErrorCode.INVALID_FORMAT,
          "A Hugging Face id is \"owner/name\", e.g. \"EleutherAI/pythia-12b\".",
          "input",
          "huggingFaceId");
    }
    return id;
  }

  private OrganizationEntity provider(String slug, Problems problems) {
    Optional<OrganizationEntity> provider = organizations.entityBySlug(slug);
    if (provider.isEmpty()) {
      problems.add(
          UserErrorCode.NOT_FOUND,
          "No organisation has the slug \"" + slug + "\"; register it first.",
          "input",
          "provider");
    }
    return provider.orElse(null);
  }

  private static LocalDate releasedOn(LocalDate date, Problems problems) {
    if (date != null && date.isBefore(LocalDate.of(2000, 1, 1))) {
      problems.add(
          UserErrorCode.OUT_OF_RANGE, "A release date is after 2000-01-01.", "input", "releasedOn");
    }
    problems.notInFuture(date, "input", "releasedOn");
    return date;
  }

  private static Long parameterCount(Long count, Problems problems) {
    if (count != null && count <= 0) {
      problems.add(
          UserErrorCode.OUT_OF_RANGE,
          "A parameter count is a positive number.",
          "input",
          "parameterCount");
    }
    return count;
  }

  private ResolvedExpression licenseExpression(String expression, Problems problems) {
    problems.optionalText(expression, 500, "input", "licenseExpression");
    return licenses.resolve(expression, problems, "input", "licenseExpression");
  }

  private static void applyLicense(ModelEntity model, ResolvedExpression license) {
    model.licenseExpression = license == null ? null : license.canonical();
    model.licenses = license == null ? new HashSet<>() : new HashSet<>(license.licenses());
  }

  /** Sets the base model; the relation is required with it, and the ancestry must not loop. */
  private static void setBase(
      ModelEntity model, String baseModel, BaseRelation relation, Problems problems) {
    if (baseModel == null || baseModel.isBlank()) {
      if (relation != null) {
        problems.add(
            UserErrorCode.REQUIRED, "A base relation needs a base model.", "input", "baseModel");
      }
      model.baseModel = null;
      model.baseRelation = null;
      return;
    }
    Optional<ModelEntity> base = ModelLookup.bySlugOrHuggingFaceId(baseModel);
    if (base.isEmpty()) {
      problems.add(
          UserErrorCode.NOT_FOUND,
          "No model has the slug or Hugging Face id \"" + baseModel + "\".",
          "input",
          "baseModel");
      return;
    }
    if (relation == null) {
      problems.add(
          UserErrorCode.REQUIRED,
          "Say how the model derives from its base (FINE_TUNE, QUANTIZATION, … or UNKNOWN).",
          "input",
          "baseRelation");
    }
    for (ModelEntity ancestor = base.get(); ancestor != null; ancestor = ancestor.baseModel) {
      if (model.id != null && ancestor.id.equals(model.id)) {
        problems.add(
            UserErrorCode.CYCLE,
            "A model cannot derive from itself or from a model derived from it.",
            "input",
            "baseModel");
        return;
      }
    }
    checkBaseReleasedFirst(model, base.get(), problems);
    model.baseModel = base.get();
    model.baseRelation = relation;
  }

  private static void checkBaseReleasedFirst(
      ModelEntity model, ModelEntity base, Problems problems) {
    if (model.releasedOn != null
        && base.releasedOn != null
        && model.releasedOn.isBefore(base.releasedOn)) {
      problems.add(
          UserErrorCode.DATE_ORDER,
          "A model cannot be released before its base model (" + base.releasedOn + ").",
          "input",
          "releasedOn");
    }
  }

  private static String slugOf(ModelEntity model) {
    return model == null ? null : model.slug;
  }
}
