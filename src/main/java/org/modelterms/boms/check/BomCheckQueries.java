package org.modelterms.boms.check;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelterms.boms.api.BomCheck;
import org.modelterms.boms.api.BomResolutionPath;
import org.modelterms.boms.read.ParsedBom;
import org.modelterms.facts.FactsLoader;
import org.modelterms.facts.LicenseTermsLoader;
import org.modelterms.facts.ModelFacts;
import org.modelterms.facts.PassedDown;
import org.modelterms.facts.TermsFacts;
import org.modelterms.licenses.api.License;
import org.modelterms.models.api.Model;
import org.modelterms.permissions.PermissionQueries;
import org.modelterms.permissions.TermsVerdict;
import org.modelterms.permissions.TermsVerdictQueries;
import org.modelterms.permissions.api.ActorInput;
import org.modelterms.permissions.api.UsePermission;
import org.modelterms.policies.UseCategory;
import org.modelterms.shared.errors.InvalidArgumentException;

/**
 * Checks a read document: resolves its models, answers for each use from the terms each resolved
 * to, and flags where the document and the registry disagree, in one transaction and in a number of
 * statements that does not grow with the components.
 */
@ApplicationScoped
@Transactional
public class BomCheckQueries {

  /** Flags compare every use, whatever the question asks. */
  private static final List<UseCategory> ALL_USES = Arrays.asList(UseCategory.values());

  /**
   * Where a component's facts stand in the list decided at once (-1: none): those it resolved to,
   * its declared licences', and what its base model passes down.
   */
  private record Positions(int resolved, int declared, int passedDown) {}

  @Inject BomResolver resolver;
  @Inject PermissionQueries permissions;
  @Inject FactsLoader facts;
  @Inject LicenseTermsLoader licenseTerms;
  @Inject TermsVerdictQueries verdicts;
  @Inject BomAnswers answers;

  public BomCheck check(
      ParsedBom bom,
      List<UseCategory> uses,
      LocalDate on,
      ActorInput actor,
      OffsetDateTime asKnownAt) {
    LocalDate date = on == null ? LocalDate.now() : on;
    if (asKnownAt != null && asKnownAt.isAfter(OffsetDateTime.now().plusMinutes(1))) {
      throw new InvalidArgumentException("`asKnownAt` cannot be in the future.");
    }
    List<ComponentResolution> resolved = resolver.resolve(bom);
    Map<Long, List<UsePermission>> registry =
        registryVerdicts(resolved, uses, date, actor, asKnownAt);
    Map<Long, ModelFacts> bases = baseFacts(resolved, date, asKnownAt);
    Map<Long, List<TermsFacts>> licences = licenceTerms(resolved, date, asKnownAt);
    List<ModelFacts> toDecide = new ArrayList<>();
    List<Positions> positions = new ArrayList<>();
    for (ComponentResolution r : resolved) {
      int passedDown = -1;
      Long base = baseKeyOf(r);
      if (base != null) {
        ModelFacts baseFacts = bases.get(base);
        List<TermsFacts> passed = baseFacts == null ? List.of() : PassedDown.from(baseFacts);
        if (r.path() == BomResolutionPath.BASE_MODEL || !passed.isEmpty()) {
          passedDown = add(toDecide, PassedDown.unstored(r.label(), date, passed));
        }
      }
      int declared = -1;
      if (needsDeclaredTerms(r, passedDown >= 0)) {
        declared = add(toDecide, PassedDown.unstored(r.label(), date, union(r, licences)));
      }
      int resolvedTo =
          r.path() == BomResolutionPath.BASE_MODEL
              ? passedDown
              : r.path() == BomResolutionPath.DECLARED_LICENSE ? declared : -1;
      positions.add(new Positions(resolvedTo, declared, passedDown));
    }
    List<List<TermsVerdict>> decided =
        toDecide.isEmpty() ? List.of() : verdicts.evaluate(toDecide, ALL_USES, actor);
    List<CheckedTerms> terms = new ArrayList<>();
    for (int i = 0; i < resolved.size(); i++) {
      ComponentResolution r = resolved.get(i);
      Positions at = positions.get(i);
      Long base = baseKeyOf(r);
      terms.add(
          new CheckedTerms(
              r.model() == null ? null : registry.get(r.model().key()),
              at.resolved() < 0 ? null : decided.get(at.resolved()),
              at.declared() < 0 ? null : decided.get(at.declared()),
              at.passedDown() < 0 ? null : decided.get(at.passedDown()),
              baseName(r, base == null ? null : bases.get(base))));
    }
    return answers.answer(bom, resolved, terms, uses, date, asKnownAt);
  }

  /**
   * The registry model whose passed-down terms a component is held to: the base model it resolved
   * through, or the registry base of a registry model that declares a licence of its own.
   */
  private static Long baseKeyOf(ComponentResolution r) {
    if (r.path() == BomResolutionPath.BASE_MODEL) {
      return r.baseModel().key();
    }
    if (r.path() == BomResolutionPath.MODEL && !r.identifiedLicenses().isEmpty()) {
      return r.model().baseModelKey();
    }
    return null;
  }

  private static String baseName(ComponentResolution r, ModelFacts base) {
    if (r.path() == BomResolutionPath.BASE_MODEL) {
      Model m = r.baseModel();
      return m.huggingFaceId() == null ? m.slug() : m.huggingFaceId();
    }
    return base == null ? null : base.slug();
  }

  /** Declared terms decide a DECLARED_LICENSE row and are compared with a base's terms. */
  private static boolean needsDeclaredTerms(ComponentResolution r, boolean hasBaseTerms) {
    if (r.path() == BomResolutionPath.DECLARED_LICENSE) {
      return true;
    }
    return hasBaseTerms && !r.identifiedLicenses().isEmpty();
  }

  private static int add(List<ModelFacts> list, ModelFacts facts) {
    list.add(facts);
    return list.size() - 1;
  }

  /** The registry's own verdicts for the uses asked, in their order, by model key. */
  private Map<Long, List<UsePermission>> registryVerdicts(
      List<ComponentResolution> resolved,
      List<UseCategory> uses,
      LocalDate date,
      ActorInput actor,
      OffsetDateTime asKnownAt) {
    Map<Long, Model> models = new LinkedHashMap<>();
    for (ComponentResolution r : resolved) {
      if (r.path() == BomResolutionPath.MODEL) {
        models.putIfAbsent(r.model().key(), r.model());
      }
    }
    Map<Long, List<UsePermission>> result = new HashMap<>();
    if (models.isEmpty()) {
      return result;
    }
    List<Model> asked = List.copyOf(models.values());
    List<List<UsePermission>> rows = permissions.evaluate(asked, uses, date, actor, asKnownAt);
    for (int i = 0; i < asked.size(); i++) {
      result.put(asked.get(i).key(), rows.get(i));
    }
    return result;
  }

  private Map<Long, ModelFacts> baseFacts(
      List<ComponentResolution> resolved, LocalDate date, OffsetDateTime asKnownAt) {
    Set<Long> keys = new LinkedHashSet<>();
    for (ComponentResolution r : resolved) {
      Long base = baseKeyOf(r);
      if (base != null) {
        keys.add(base);
      }
    }
    return keys.isEmpty() ? Map.of() : facts.forTerms(List.copyOf(keys), date, asKnownAt);
  }

  private Map<Long, List<TermsFacts>> licenceTerms(
      List<ComponentResolution> resolved, LocalDate date, OffsetDateTime asKnownAt) {
    Set<Long> keys = new LinkedHashSet<>();
    for (ComponentResolution r : resolved) {
      if (r.path() != null && r.path() != BomResolutionPath.UNRESOLVED) {
        r.identifiedLicenses().forEach(l -> keys.add(l.key()));
      }
    }
    return keys.isEmpty() ? Map.of() : licenseTerms.forLicenses(keys, date, asKnownAt);
  }

  /**
   * The documents of every licence the component declares and the registry knows, each once, in the
   * order a model's terms come in (by slug, then relation).
   */
  private static List<TermsFacts> union(
      ComponentResolution r, Map<Long, List<TermsFacts>> licences) {
    Map<List<Object>, TermsFacts> unique = new LinkedHashMap<>();
    for (License l : r.identifiedLicenses()) {
      for (TermsFacts t : licences.getOrDefault(l.key(), List.of())) {
        unique.putIfAbsent(List.of(t.documentKey(), t.relation(), t.role()), t);
      }
    }
    List<TermsFacts> terms = new ArrayList<>(unique.values());
    terms.sort(Comparator.comparing(TermsFacts::slug).thenComparing(t -> t.relation().name()));
    return terms;
  }
}
