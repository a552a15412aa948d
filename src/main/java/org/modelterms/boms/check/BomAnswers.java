package org.modelterms.boms.check;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.modelterms.boms.api.BomCheck;
import org.modelterms.boms.api.BomCheckCounts;
import org.modelterms.boms.api.BomComponentCheck;
import org.modelterms.boms.api.BomDeclaredLicense;
import org.modelterms.boms.api.BomFlag;
import org.modelterms.boms.api.BomResolution;
import org.modelterms.boms.api.BomResolutionPath;
import org.modelterms.boms.api.BomUseVerdict;
import org.modelterms.boms.read.BomComponent;
import org.modelterms.boms.read.ParsedBom;
import org.modelterms.licenses.LicenseQueries;
import org.modelterms.licenses.api.License;
import org.modelterms.models.api.Model;
import org.modelterms.permissions.TermsVerdict;
import org.modelterms.permissions.UseVerdict;
import org.modelterms.permissions.api.UsePermission;
import org.modelterms.policies.UseCategory;
import org.modelterms.sources.CitationSubject;
import org.modelterms.sources.SourceQueries;
import org.modelterms.sources.api.Citation;

/**
 * Puts a check's answer together: each component with its resolution, declared licences, flags and
 * the verdicts for the uses asked, and the counts. Reads the registry's licences and sources the
 * flags quote, in one statement each.
 */
@ApplicationScoped
class BomAnswers {

  @Inject LicenseQueries licenses;
  @Inject SourceQueries sources;

  BomCheck answer(
      ParsedBom bom,
      List<ComponentResolution> resolved,
      List<CheckedTerms> terms,
      List<UseCategory> uses,
      LocalDate on,
      OffsetDateTime asKnownAt) {
    Set<Long> compared = new LinkedHashSet<>();
    Set<Long> licenceKeys = new LinkedHashSet<>();
    for (ComponentResolution r : resolved) {
      Model m = r.path() == BomResolutionPath.MODEL ? r.model() : r.baseModel();
      if (m != null && !r.identifiedLicenses().isEmpty()) {
        compared.add(m.key());
        licenceKeys.addAll(m.licenseKeys());
      }
    }
    Map<Long, License> licensesByKey = new HashMap<>();
    if (!licenceKeys.isEmpty()) {
      licenses.byKeys(List.copyOf(licenceKeys)).forEach(l -> licensesByKey.put(l.key(), l));
    }
    Map<Long, List<Citation>> modelSources =
        compared.isEmpty()
            ? Map.of()
            : sources.citations(CitationSubject.MODEL, List.copyOf(compared));
    Map<String, String> firstRef = new HashMap<>();
    List<BomComponentCheck> components = new ArrayList<>();
    for (int i = 0; i < resolved.size(); i++) {
      ComponentResolution r = resolved.get(i);
      String sameModel = sameModelKey(r);
      String duplicateOf =
          sameModel == null ? null : firstRef.putIfAbsent(sameModel, r.component().ref());
      List<BomFlag> flags =
          r.path() == null
              ? List.of()
              : BomFlags.of(r, terms.get(i), duplicateOf, licensesByKey, modelSources);
      components.add(component(r, terms.get(i), flags, uses));
    }
    return new BomCheck(
        bom.format(),
        bom.specVersion(),
        on,
        asKnownAt,
        uses,
        bom.warnings(),
        components,
        counts(components));
  }

  private static BomComponentCheck component(
      ComponentResolution r, CheckedTerms terms, List<BomFlag> flags, List<UseCategory> uses) {
    BomComponent c = r.component();
    List<BomDeclaredLicense> declared =
        r.declared().stream()
            .map(
                d ->
                    new BomDeclaredLicense(
                        d.declared().form(),
                        d.declared().value(),
                        d.declared().concluded(),
                        d.licenses(),
                        d.identified()))
            .toList();
    BomResolution resolution =
        r.path() == null
            ? null
            : new BomResolution(
                r.path(),
                r.matchedBy(),
                r.how(),
                r.model(),
                r.baseModel(),
                r.via(),
                r.identifiedLicenses(),
                r.reason());
    return new BomComponentCheck(
        c.ref(),
        c.name(),
        c.type(),
        c.supplier(),
        c.purl(),
        c.huggingFaceId(),
        resolution,
        declared,
        flags,
        verdicts(r, terms, uses));
  }

  private static List<BomUseVerdict> verdicts(
      ComponentResolution r, CheckedTerms terms, List<UseCategory> uses) {
    if (terms.registry() != null) {
      return terms.registry().stream().map(BomAnswers::fromRegistry).toList();
    }
    if (terms.resolved() == null) {
      return List.of();
    }
    String source = source(r, terms);
    return uses.stream().map(u -> fromTerms(terms.resolved().get(u.ordinal()), source)).toList();
  }

  /** Where the terms of a component the registry does not hold come from, as a sentence's start. */
  private static String source(ComponentResolution r, CheckedTerms terms) {
    if (r.path() == BomResolutionPath.BASE_MODEL) {
      return "Terms inherited from base model "
          + terms.baseName()
          + (r.via().isEmpty()
              ? ""
              : " (through component " + String.join(", then ", r.via()) + ")")
          + ": ";
    }
    String declared =
        r.declared().stream()
            .filter(DeclaredReading::identified)
            .map(d -> d.declared().value())
            .distinct()
            .collect(Collectors.joining(", "));
    return "Terms of its declared licence "
        + declared
        + (r.declaresChoice()
            ? " (an expression offering a choice: the terms of every licence it names are applied"
                + " together)"
            : "")
        + ": ";
  }

  private static BomUseVerdict fromRegistry(UsePermission p) {
    return new BomUseVerdict(
        p.use(),
        p.verdict(),
        p.explicit(),
        p.conditions(),
        p.rules(),
        p.explanation(),
        p.confidence(),
        p);
  }

  private static BomUseVerdict fromTerms(TermsVerdict v, String source) {
    return new BomUseVerdict(
        v.use(),
        v.verdict(),
        v.explicit(),
        v.conditions(),
        v.rules(),
        source + v.explanation(),
        v.confidence(),
        null);
  }

  private static BomCheckCounts counts(List<BomComponentCheck> components) {
    Map<BomResolutionPath, Integer> paths = new EnumMap<>(BomResolutionPath.class);
    Map<UseVerdict, Integer> verdicts = new EnumMap<>(UseVerdict.class);
    int models = 0;
    int flags = 0;
    for (BomComponentCheck c : components) {
      flags += c.flags().size();
      if (c.resolution() == null) {
        continue;
      }
      models++;
      paths.merge(c.resolution().path(), 1, Integer::sum);
      c.verdicts().forEach(v -> verdicts.merge(v.verdict(), 1, Integer::sum));
    }
    List<BomCheckCounts.BomResolutionCount> byPath = new ArrayList<>();
    for (BomResolutionPath p : BomResolutionPath.values()) {
      byPath.add(new BomCheckCounts.BomResolutionCount(p, paths.getOrDefault(p, 0)));
    }
    List<BomCheckCounts.BomVerdictCount> byVerdict = new ArrayList<>();
    for (UseVerdict v : UseVerdict.values()) {
      byVerdict.add(new BomCheckCounts.BomVerdictCount(v, verdicts.getOrDefault(v, 0)));
    }
    return new BomCheckCounts(models, components.size() - models, flags, byPath, byVerdict);
  }

  /**
   * What makes two components the same model: the registry model they resolve to, else the Hugging
   * Face id they state (deployment scanners list one model once per place they found it).
   */
  private static String sameModelKey(ComponentResolution r) {
    if (r.path() == BomResolutionPath.MODEL) {
      return "model:" + r.model().key();
    }
    String id = r.component().huggingFaceId();
    return r.path() == null || id == null ? null : "hf:" + id.toLowerCase(java.util.Locale.ROOT);
  }
}
