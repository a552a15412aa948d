package org.modelterms.boms.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.modelterms.assessments.AssessmentQueries;
import org.modelterms.assessments.api.MofAssessment;
import org.modelterms.assessments.api.OsaidAssessment;
import org.modelterms.boms.export.api.BomExport;
import org.modelterms.history.HistoryQueries;
import org.modelterms.licenses.api.License;
import org.modelterms.models.ComponentQueries;
import org.modelterms.models.ModelQueries;
import org.modelterms.models.api.Component;
import org.modelterms.models.api.Model;
import org.modelterms.organizations.OrganizationQueries;
import org.modelterms.organizations.api.Organization;
import org.modelterms.permissions.PermissionQueries;
import org.modelterms.permissions.api.UsePermission;
import org.modelterms.policies.UseCategory;
import org.modelterms.sources.CitationSubject;
import org.modelterms.sources.SourceQueries;
import org.modelterms.sources.api.Citation;

/**
 * Reads what an export states of many models in one transaction and a fixed number of statements
 * per level of the base-model chain: the models, their providers, licences, components, sources,
 * openness verdicts and the verdicts of every use ({@link PermissionQueries#evaluate}).
 */
@ApplicationScoped
@Transactional
public class ModelExportQueries {

  /** Further than any real chain of fine-tunes; it only stops a loop the data should not hold. */
  private static final int DEEPEST_CHAIN = 16;

  @Inject ModelQueries models;
  @Inject ComponentQueries components;
  @Inject OrganizationQueries organizations;
  @Inject SourceQueries sources;
  @Inject AssessmentQueries assessments;
  @Inject PermissionQueries permissions;
  @Inject HistoryQueries history;

  @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
  String toolVersion;

  /**
   * The models named by slug or Hugging Face id, in the order asked, as one document; identifiers
   * that name no model are listed, not written.
   */
  public BomExport bom(List<String> identifiers, BomExportFormat format) {
    List<Model> found = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    models.findByIdentifiers(identifiers, found, unknown);
    String content = write(of(found), format, asOf());
    String first = found.isEmpty() ? "modelterms" : found.get(0).slug();
    return new BomExport(
        format,
        format.mediaType(),
        format.fileName(first, Math.max(1, found.size())),
        content,
        unknown);
  }

  /** Each model as a document of its own, in the order given, read together. */
  public List<String> eachAsBom(List<Model> exported, BomExportFormat format) {
    Instant asOf = asOf();
    return of(exported).stream().map(m -> write(List.of(m), format, asOf)).toList();
  }

  /** The time of the record an export states: when the registry last changed. */
  private Instant asOf() {
    return history
        .lastRecordedAt()
        .orElse(LocalDate.now().atStartOfDay(ZoneOffset.UTC).toInstant())
        .truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * The same question about the same record gets the same document: its time is the record's and
   * its serial number is derived from what it says.
   */
  private String write(List<ExportedModel> exported, BomExportFormat format, Instant asOf) {
    String draft = render(exported, format, new BomHeader(toolVersion, asOf, new UUID(0, 0)));
    UUID serial =
        UUID.nameUUIDFromBytes((format.name() + "\n" + draft).getBytes(StandardCharsets.UTF_8));
    return render(exported, format, new BomHeader(toolVersion, asOf, serial));
  }

  private static String render(
      List<ExportedModel> exported, BomExportFormat format, BomHeader header) {
    return switch (format) {
      case CYCLONEDX_JSON -> CycloneDxWriter.json(exported, header);
      case CYCLONEDX_XML -> CycloneDxWriter.xml(exported, header);
      case SPDX_JSON -> SpdxWriter.json(exported, header);
    };
  }

  /** What an export states of each model, in the order given. */
  List<ExportedModel> of(List<Model> exported) {
    if (exported.isEmpty()) {
      return List.of();
    }
    LocalDate today = LocalDate.now();
    List<Long> keys = exported.stream().map(Model::key).toList();
    Map<Long, Model> chain = ancestorsOf(exported);
    List<Long> everyKey = List.copyOf(chain.keySet());
    Map<Long, Organization> providers = providersOf(chain.values());
    Map<Long, List<License>> licenses = new HashMap<>();
    List<List<License>> read = models.licensesOf(everyKey);
    for (int i = 0; i < everyKey.size(); i++) {
      licenses.put(everyKey.get(i), read.get(i));
    }
    List<List<Component>> parts = components.byModels(keys);
    List<List<Citation>> cited = sources.citationsInOrder(CitationSubject.MODEL, keys);
    List<OsaidAssessment> osaid = assessments.osaid(keys, today);
    List<MofAssessment> mof = assessments.mof(keys);
    List<List<UsePermission>> uses =
        permissions.evaluate(exported, Arrays.asList(UseCategory.values()), today, null, null);
    List<ExportedModel> result = new ArrayList<>();
    for (int i = 0; i < exported.size(); i++) {
      Model model = exported.get(i);
      result.add(
          new ExportedModel(
              model,
              providers.get(model.providerKey()),
              licenses.get(model.key()),
              parts.get(i),
              cited.get(i),
              ancestor(model.baseModelKey(), chain, providers, licenses, 0),
              osaid.get(i).verdict(),
              mof.get(i).achievedClass(),
              today,
              uses.get(i)));
    }
    return result;
  }

  /** The exported models and every model in their base-model chains, by key: one read per level. */
  private Map<Long, Model> ancestorsOf(List<Model> exported) {
    Map<Long, Model> chain = new HashMap<>();
    exported.forEach(m -> chain.put(m.key(), m));
    List<Model> level = exported;
    for (int depth = 0; depth < DEEPEST_CHAIN && !level.isEmpty(); depth++) {
      Set<Long> missing = new LinkedHashSet<>();
      for (Model m : level) {
        if (m.baseModelKey() != null && !chain.containsKey(m.baseModelKey())) {
          missing.add(m.baseModelKey());
        }
      }
      level =
          missing.isEmpty()
              ? List.of()
              : models.byKeys(List.copyOf(missing)).stream().filter(m -> m != null).toList();
      level.forEach(m -> chain.put(m.key(), m));
    }
    return chain;
  }

  private Map<Long, Organization> providersOf(java.util.Collection<Model> chain) {
    List<Long> keys = chain.stream().map(Model::providerKey).distinct().toList();
    Map<Long, Organization> byKey = new HashMap<>();
    List<Organization> read = organizations.byKeys(keys);
    for (int i = 0; i < keys.size(); i++) {
      byKey.put(keys.get(i), read.get(i));
    }
    return byKey;
  }

  private static ExportedModel.Ancestor ancestor(
      Long key,
      Map<Long, Model> chain,
      Map<Long, Organization> providers,
      Map<Long, List<License>> licenses,
      int depth) {
    Model model = key == null ? null : chain.get(key);
    if (model == null || depth >= DEEPEST_CHAIN) {
      return null;
    }
    return new ExportedModel.Ancestor(
        model,
        providers.get(model.providerKey()),
        licenses.getOrDefault(model.key(), List.of()),
        ancestor(model.baseModelKey(), chain, providers, licenses, depth + 1));
  }
}
