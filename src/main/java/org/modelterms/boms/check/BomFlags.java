package org.modelterms.boms.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.modelterms.boms.api.BomFlag;
import org.modelterms.boms.api.BomFlagCode;
import org.modelterms.boms.api.BomResolutionPath;
import org.modelterms.licenses.api.License;
import org.modelterms.models.api.Model;
import org.modelterms.permissions.TermsVerdict;
import org.modelterms.permissions.UseVerdict;
import org.modelterms.policies.UseCategory;
import org.modelterms.sources.api.Citation;

/** Where a component's document and the registry disagree, each flag with both sides. */
final class BomFlags {

  private BomFlags() {}

  static List<BomFlag> of(
      ComponentResolution r,
      CheckedTerms terms,
      String firstRefOfSameModel,
      Map<Long, License> licensesByKey,
      Map<Long, List<Citation>> modelSources) {
    List<BomFlag> flags = new ArrayList<>();
    licenseMismatch(r, licensesByKey, modelSources).ifPresent(flags::add);
    looserThanBase(r, terms).ifPresent(flags::add);
    if (firstRefOfSameModel != null) {
      flags.add(duplicate(r, firstRefOfSameModel));
    }
    return flags;
  }

  private static BomFlag duplicate(ComponentResolution r, String firstRef) {
    String ref = r.component().ref();
    if (r.path() == BomResolutionPath.MODEL) {
      return new BomFlag(
          BomFlagCode.DUPLICATE,
          "Component "
              + ref
              + " resolves to the same registry model as component "
              + firstRef
              + ".",
          "Component " + ref + " names " + r.label() + ".",
          "Both are registry model " + BomResolver.describe(r.model()) + ".",
          List.of(),
          List.of());
    }
    String id = r.component().huggingFaceId();
    return new BomFlag(
        BomFlagCode.DUPLICATE,
        "Component " + ref + " names the same Hugging Face model as component " + firstRef + ".",
        "Components " + firstRef + " and " + ref + " both name Hugging Face model " + id + ".",
        "The registry holds no model by that id; the two are answered alike.",
        List.of(),
        List.of());
  }

  /** The registry model whose licences the declared ones are compared with, if any. */
  private static Model registered(ComponentResolution r) {
    return r.path() == BomResolutionPath.MODEL
        ? r.model()
        : r.path() == BomResolutionPath.BASE_MODEL ? r.baseModel() : null;
  }

  private static Optional<BomFlag> licenseMismatch(
      ComponentResolution r,
      Map<Long, License> licensesByKey,
      Map<Long, List<Citation>> modelSources) {
    Model model = registered(r);
    List<License> declared = r.identifiedLicenses();
    if (model == null || declared.isEmpty() || model.licenseKeys().isEmpty()) {
      return Optional.empty();
    }
    Set<Long> registry = Set.copyOf(model.licenseKeys());
    if (declared.stream().anyMatch(l -> registry.contains(l.key()))) {
      return Optional.empty();
    }
    String registryLicenses =
        model.licenseKeys().stream()
            .map(licensesByKey::get)
            .map(l -> l == null ? "?" : l.identifier())
            .collect(Collectors.joining(", "));
    String whose =
        r.path() == BomResolutionPath.MODEL
            ? BomResolver.describe(model)
            : "its base model " + BomResolver.describe(model);
    return Optional.of(
        new BomFlag(
            BomFlagCode.LICENSE_MISMATCH,
            "The document declares "
                + declaredValues(r)
                + " for "
                + r.label()
                + ", but the registry holds "
                + whose
                + " under "
                + registryLicenses
                + (r.path() == BomResolutionPath.MODEL
                    ? "."
                    : "; a derived model may carry another licence only where the base model's"
                        + " terms allow it."),
            "Component " + r.component().ref() + " declares " + declaredValues(r) + ".",
            "The registry holds "
                + whose
                + " under "
                + (model.licenseExpression() == null ? registryLicenses : model.licenseExpression())
                + ".",
            licenceCitations(modelSources.getOrDefault(model.key(), List.of())),
            List.of()));
  }

  /** The model's citations for its licence, or all of them when none is for that field. */
  private static List<Citation> licenceCitations(List<Citation> all) {
    List<Citation> forLicence =
        all.stream().filter(c -> "licenseExpression".equals(c.field())).toList();
    return forLicence.isEmpty() ? all : forLicence;
  }

  private static Optional<BomFlag> looserThanBase(ComponentResolution r, CheckedTerms terms) {
    if (terms.declared() == null || terms.passedDown() == null) {
      return Optional.empty();
    }
    Map<UseCategory, String> looser = new LinkedHashMap<>();
    List<Citation> sources = new ArrayList<>();
    for (int i = 0; i < terms.declared().size(); i++) {
      TermsVerdict declared = terms.declared().get(i);
      TermsVerdict base = terms.passedDown().get(i);
      if (rank(declared.verdict()) > rank(base.verdict()) && rank(base.verdict()) >= 0) {
        looser.put(
            declared.use(),
            declared.use()
                + " ("
                + declared.verdict()
                + " under the declared licence, "
                + base.verdict()
                + " under the base model's terms)");
        base.rules().forEach(rule -> sources.addAll(rule.sources()));
      }
    }
    if (looser.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new BomFlag(
            BomFlagCode.LOOSER_THAN_BASE,
            "The declared licence "
                + declaredValues(r)
                + " of "
                + r.label()
                + " is more permissive than the terms its base model "
                + terms.baseName()
                + " passes down, for: "
                + String.join("; ", looser.values())
                + ". A derived model stays bound by the terms its base model passes down.",
            "Component " + r.component().ref() + " declares " + declaredValues(r) + ".",
            "Base model "
                + terms.baseName()
                + " passes down terms under which "
                + looser.keySet().stream()
                    .map(u -> u + " use is " + verdictOf(terms.passedDown(), u))
                    .collect(Collectors.joining(", "))
                + ".",
            distinct(sources),
            List.copyOf(looser.keySet())));
  }

  private static String verdictOf(List<TermsVerdict> verdicts, UseCategory use) {
    return verdicts.stream()
        .filter(v -> v.use() == use)
        .findFirst()
        .map(v -> v.verdict().name())
        .orElse("UNKNOWN");
  }

  /** PERMITTED above CONDITIONAL above PROHIBITED; UNKNOWN compares with nothing. */
  private static int rank(UseVerdict verdict) {
    return switch (verdict) {
      case PERMITTED -> 2;
      case CONDITIONAL -> 1;
      case PROHIBITED -> 0;
      case UNKNOWN -> -10;
    };
  }

  private static List<Citation> distinct(List<Citation> citations) {
    Map<List<Object>, Citation> unique = new LinkedHashMap<>();
    for (Citation c : citations) {
      unique.putIfAbsent(List.of(c.source().key(), String.valueOf(c.quote())), c);
    }
    return List.copyOf(unique.values());
  }

  private static String declaredValues(ComponentResolution r) {
    return r.declared().stream()
        .filter(DeclaredReading::identified)
        .map(d -> d.declared().value())
        .collect(Collectors.joining(", "));
  }
}
