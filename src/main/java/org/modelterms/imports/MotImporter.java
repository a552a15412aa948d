package org.modelterms.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modelterms.assessments.mof.MotFormatException;
import org.modelterms.assessments.mof.MotModelFile;
import org.modelterms.history.Authored;
import org.modelterms.licenses.LicenseQueries;
import org.modelterms.licenses.ResolvedExpression;
import org.modelterms.models.Availability;
import org.modelterms.models.ComponentEntity;
import org.modelterms.models.ComponentKind;
import org.modelterms.models.ModelEntity;
import org.modelterms.openness.ContentType;
import org.modelterms.organizations.OrganizationEntity;
import org.modelterms.shared.changes.ModelFactsChanged;
import org.modelterms.shared.errors.Problems;
import org.modelterms.shared.errors.UserError;
import org.modelterms.shared.errors.UserErrorCode;
import org.modelterms.shared.errors.UserErrorsException;
import org.modelterms.sources.CitationSubject;
import org.modelterms.sources.Confidence;
import org.modelterms.sources.SourceEditor;
import org.modelterms.sources.api.SourceInput;

/**
 * Imports one Model Openness Tool file: the model, its producer and its components with the
 * licences exactly as the file declares them. Importing the same file again writes nothing.
 */
@ApplicationScoped
@Transactional
@Authored
public class MotImporter {

  static final String DEFAULT_SOURCE = "https://isitopen.ai/";

  /** What an import result is: the model's key and what happened. */
  public record Result(long modelKey, ImportOutcome outcome) {}

  @Inject EntityManager em;
  @Inject LicenseQueries licenses;
  @Inject SourceEditor sources;
  @Inject MotSnapshots snapshots;
  @Inject Event<ModelFactsChanged> factsChanged;

  public Result importFile(String yaml, String sourceUrl) {
    MotModelFile file;
    try {
      file = MotModelFile.parse(yaml == null ? "" : yaml);
    } catch (MotFormatException e) {
      throw new UserErrorsException(
          UserError.of(
              UserErrorCode.INVALID_FORMAT,
              (e.line() > 0 ? "Line " + e.line() + ": " : "") + e.problem(),
              "input",
              "yaml"));
    }
    Problems problems = new Problems();
    String source = problems.optionalUrl(sourceUrl, "input", "sourceUrl");
    problems.throwIfAny();
    MotSnapshot wanted = desired(file.release());
    Optional<ModelEntity> existing = find(wanted);
    if (existing.isPresent() && snapshots.of(existing.get()).sameFactsAs(wanted)) {
      return new Result(existing.get().id, ImportOutcome.UNCHANGED);
    }
    ModelEntity model = existing.orElseGet(ModelEntity::new);
    write(model, wanted);
    cite(model, file.release().name(), source == null ? DEFAULT_SOURCE : source);
    em.flush();
    factsChanged.fire(ModelFactsChanged.of(model.id));
    return new Result(
        model.id, existing.isPresent() ? ImportOutcome.UPDATED : ImportOutcome.CREATED);
  }

  /** What the registry should hold for the file's release. */
  private MotSnapshot desired(MotModelFile.Release r) {
    String distribution = r.distributionLicense() == null ? null : r.distributionLicense().name();
    Map<String, String> declared = new HashMap<>();
    if (distribution != null) {
      declared.put("DISTRIBUTION", distribution);
    }
    r.typeLicenses()
        .forEach(
            (type, license) -> {
              if (license.name() != null) {
                declared.put(type.name(), license.name());
              }
            });
    Map<ComponentKind, MotSnapshot.Part> parts = new EnumMap<>(ComponentKind.class);
    for (MotModelFile.Component c : r.components()) {
      String effective = effectiveLicense(c, r);
      String url =
          c.componentPath() != null && c.componentPath().matches("^https?://\\S+$")
              ? c.componentPath()
              : null;
      parts.put(
          ComponentKind.valueOf(c.component().name()),
          new MotSnapshot.Part(availability(effective), c.license(), expression(effective), url));
    }
    String huggingFaceId = Slugs.huggingFaceId(r.huggingface()).orElse(null);
    String producer = r.producer() == null || r.producer().isBlank() ? null : r.producer().strip();
    return new MotSnapshot(
        Slugs.of(r.name()),
        r.name().strip(),
        huggingFaceId,
        producer == null ? "unknown" : Slugs.of(producer),
        producer == null ? "Unknown producer" : producer,
        expression(distribution),
        declared,
        parts);
  }

  /** The component's licence after the tool's fallbacks: own, its type's global, distribution. */
  private static String effectiveLicense(MotModelFile.Component c, MotModelFile.Release r) {
    if (c.license() != null) {
      return c.license();
    }
    ContentType type = c.component().contentType();
    MotModelFile.GlobalLicense global = r.typeLicenses().get(type);
    if (global != null && global.name() != null && !global.name().isEmpty()) {
      return global.name();
    }
    return r.distributionLicense() == null ? null : r.distributionLicense().name();
  }

  /** Unlicensed or "Component not included" means the part is not released. */
  private static Availability availability(String license) {
    if (license == null || license.isBlank() || license.equalsIgnoreCase("unlicensed")) {
      return Availability.NOT_AVAILABLE;
    }
    String lower = license.toLowerCase();
    return lower.startsWith("component not include") || lower.startsWith("component component not")
        ? Availability.NOT_AVAILABLE
        : Availability.AVAILABLE;
  }

  /** The SPDX expression a declared licence is, when it is one the registry knows. */
  private String expression(String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    ResolvedExpression resolved = licenses.resolve(declared, new Problems());
    return resolved == null ? null : resolved.canonical();
  }

  private Optional<ModelEntity> find(MotSnapshot wanted) {
    if (wanted.huggingFaceId() != null) {
      Optional<ModelEntity> byHf =
          ModelEntity.find("lower(huggingFaceId) = ?1", wanted.huggingFaceId().toLowerCase())
              .firstResultOptional();
      if (byHf.isPresent()) {
        return byHf;
      }
    }
    return ModelEntity.find("slug", wanted.slug()).firstResultOptional();
  }

  private void write(ModelEntity model, MotSnapshot wanted) {
    if (model.id == null) {
      model.slug = wanted.slug();
    }
    model.name = wanted.name();
    if (wanted.huggingFaceId() != null
        && ModelEntity.count(
                "lower(huggingFaceId) = ?1 and slug <> ?2",
                wanted.huggingFaceId().toLowerCase(),
                model.slug)
            == 0) {
      model.huggingFaceId = wanted.huggingFaceId();
    }
    model.provider = organization(wanted.providerSlug(), wanted.providerName());
    ResolvedExpression license = resolve(wanted.licenseExpression());
    model.licenseExpression = license == null ? null : license.canonical();
    model.licenses = license == null ? new HashSet<>() : new HashSet<>(license.licenses());
    model.persist();
    writeDeclared(model.id, wanted.declaredLicenses());
    writeComponents(model, wanted.parts());
  }

  private void writeDeclared(long modelKey, Map<String, String> declared) {
    em.createNativeQuery("delete from model_declared_license where model_id = :m")
        .setParameter("m", modelKey)
        .executeUpdate();
    declared.forEach(
        (scope, license) ->
            em.createNativeQuery(
                    "insert into model_declared_license (model_id, scope, license) values (:m, :s, :l)")
                .setParameter("m", modelKey)
                .setParameter("s", scope)
                .setParameter("l", license)
                .executeUpdate());
  }

  private void writeComponents(ModelEntity model, Map<ComponentKind, MotSnapshot.Part> parts) {
    List<ComponentEntity> current = ComponentEntity.list("model.id", model.id);
    for (ComponentEntity c : current) {
      if (!parts.containsKey(c.kind)) {
        c.delete();
      }
    }
    parts.forEach(
        (kind, part) -> {
          ComponentEntity c =
              current.stream()
                  .filter(e -> e.kind == kind)
                  .findFirst()
                  .orElseGet(ComponentEntity::new);
          c.model = model;
          c.kind = kind;
          c.availability = part.availability();
          c.declaredLicense = part.declaredLicense();
          ResolvedExpression license = resolve(part.licenseExpression());
          c.licenseExpression = license == null ? null : license.canonical();
          c.licenses = license == null ? new HashSet<>() : new HashSet<>(license.licenses());
          c.url = part.url();
          c.persist();
        });
  }

  private ResolvedExpression resolve(String expression) {
    return expression == null ? null : licenses.resolve(expression, new Problems());
  }

  private static OrganizationEntity organization(String slug, String name) {
    return OrganizationEntity.<OrganizationEntity>find("slug", slug)
        .firstResultOptional()
        .orElseGet(
            () -> {
              OrganizationEntity o = new OrganizationEntity();
              o.slug = slug;
              o.name = name.length() > 200 ? name.substring(0, 200) : name;
              o.persist();
              return o;
            });
  }

  private void cite(ModelEntity model, String name, String url) {
    boolean cited =
        !em.createQuery("select 1 from CitationEntity c where c.modelId = ?1 and c.source.url = ?2")
            .setParameter(1, model.id)
            .setParameter(2, url)
            .getResultList()
            .isEmpty();
    if (!cited) {
      sources.cite(
          CitationSubject.MODEL,
          model.id,
          List.of(
              new SourceInput(
                  url,
                  "Model Openness Tool: " + name,
                  "LF AI & Data",
                  null,
                  java.time.LocalDate.now(),
                  Confidence.SECONDARY,
                  null,
                  null)));
    }
  }
}
