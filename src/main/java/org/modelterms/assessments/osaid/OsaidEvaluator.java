package org.modelterms.assessments.osaid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.modelterms.assessments.facts.AcceptedTerms;
import org.modelterms.assessments.facts.ComponentFacts;
import org.modelterms.assessments.facts.LicenseInfo;
import org.modelterms.assessments.facts.ModelFacts;
import org.modelterms.assessments.facts.RuleFacts;
import org.modelterms.assessments.facts.TermsFacts;
import org.modelterms.models.ComponentKind;
import org.modelterms.policies.DocumentKind;

/**
 * The Open Source AI Definition 1.0 over a model's facts on one date. Plain Java: the facts and the
 * accepted terms come in, the verdict with a reason per criterion comes out.
 */
public final class OsaidEvaluator {

  static final List<ComponentKind> CODE =
      List.of(
          ComponentKind.TRAINING_CODE,
          ComponentKind.INFERENCE_CODE,
          ComponentKind.DATA_PREPROCESSING_CODE);

  private final AcceptedTerms codeTerms;
  private final AcceptedTerms dataTerms;
  private final AcceptedTerms parameterTerms;

  /**
   * @param accepted the accepted terms by scope: CODE, DATA_INFORMATION, PARAMETERS
   */
  public OsaidEvaluator(Map<String, AcceptedTerms> accepted) {
    codeTerms = accepted.getOrDefault("CODE", AcceptedTerms.NONE);
    dataTerms = accepted.getOrDefault("DATA_INFORMATION", AcceptedTerms.NONE);
    parameterTerms = accepted.getOrDefault("PARAMETERS", AcceptedTerms.NONE);
  }

  public OsaidResult evaluate(ModelFacts facts) {
    if (facts.beforeRelease()) {
      return notYetReleased(facts);
    }
    CriterionResult data = dataInformation(facts);
    CriterionResult code = code(facts);
    CriterionResult parameters = parameters(facts);
    List<CriterionResult> criteria =
        List.of(
            data,
            code,
            parameters,
            use(facts),
            study(facts),
            freedom(OsaidCriterionKind.MODIFY, "modify", code, parameters),
            freedom(OsaidCriterionKind.SHARE, "share", parameters));
    return new OsaidResult(facts.modelKey(), facts.on(), OsaidResult.verdictOf(criteria), criteria);
  }

  /**
   * Before its release a model offers none of the freedoms, yet "does not conform" would read as a
   * judgement of what was later released: no criterion is decided, so the verdict is
   * INSUFFICIENT_INFORMATION, as usePermission answers UNKNOWN on such a date.
   */
  private static OsaidResult notYetReleased(ModelFacts facts) {
    String reason =
        "The model was not released until "
            + facts.releasedOn()
            + ", so on "
            + facts.on()
            + " there was nothing to assess.";
    Evidence release = new Evidence(List.of(), List.of(), List.of(), List.of(facts.modelKey()));
    List<CriterionResult> criteria =
        Arrays.stream(OsaidCriterionKind.values())
            .map(kind -> new CriterionResult(kind, null, reason, release))
            .toList();
    return new OsaidResult(facts.modelKey(), facts.on(), OsaidResult.verdictOf(criteria), criteria);
  }

  private CriterionResult dataInformation(ModelFacts facts) {
    List<LicenseCheck.Outcome> outcomes = new ArrayList<>();
    List<Long> components = new ArrayList<>();
    for (ComponentKind kind : List.of(ComponentKind.DATASETS, ComponentKind.DATA_CARD)) {
      Optional<ComponentFacts> c = facts.component(kind);
      c.ifPresent(f -> components.add(f.key()));
      LicenseCheck.Outcome outcome =
          LicenseCheck.component(c.orElse(null), kind, dataTerms, "data information");
      if (Boolean.TRUE.equals(outcome.ok())) {
        return new CriterionResult(
            OsaidCriterionKind.DATA_INFORMATION,
            true,
            outcome.words(),
            new Evidence(List.of(c.get().key()), List.of(), List.of(), List.of()));
      }
      outcomes.add(outcome);
    }
    // Neither the datasets nor a data card qualifies: unknown if either is unknown.
    Boolean met = outcomes.stream().anyMatch(o -> o.ok() == null) ? null : false;
    return new CriterionResult(
        OsaidCriterionKind.DATA_INFORMATION,
        met,
        join(outcomes),
        new Evidence(components, List.of(), List.of(), List.of()));
  }

  private CriterionResult code(ModelFacts facts) {
    List<LicenseCheck.Outcome> outcomes = new ArrayList<>();
    List<Long> components = new ArrayList<>();
    for (ComponentKind kind : CODE) {
      Optional<ComponentFacts> c = facts.component(kind);
      c.ifPresent(f -> components.add(f.key()));
      outcomes.add(LicenseCheck.component(c.orElse(null), kind, codeTerms, "code"));
    }
    return new CriterionResult(
        OsaidCriterionKind.CODE,
        LicenseCheck.all(outcomes.stream().map(LicenseCheck.Outcome::ok).toList()),
        join(outcomes),
        new Evidence(components, List.of(), List.of(), List.of()));
  }

  /**
   * Parameters: the licence a binding puts the model under on the date wins over the component's.
   */
  private CriterionResult parameters(ModelFacts facts) {
    Optional<ComponentFacts> weights = facts.component(ComponentKind.FINAL_PARAMETERS);
    List<Long> components = weights.map(w -> List.of(w.key())).orElse(List.of());
    Optional<TermsFacts> bound = boundLicense(facts);
    if (bound.isPresent()
        && weights.map(w -> w.availability().name().equals("AVAILABLE")).orElse(true)) {
      TermsFacts t = bound.get();
      Evidence evidence =
          new Evidence(
              components,
              t.versionKey() == null ? List.of() : List.of(t.versionKey()),
              List.of(t.documentKey()),
              List.of());
      if (t.license() == null) {
        return new CriterionResult(
            OsaidCriterionKind.PARAMETERS,
            false,
            "The parameters are governed by the "
                + t.title()
                + ", which is not a licence OSAID 1.0 accepts for parameters.",
            evidence);
      }
      LicenseCheck.Outcome o =
          LicenseCheck.license("The parameters are", t.license(), parameterTerms, "parameters");
      return new CriterionResult(
          OsaidCriterionKind.PARAMETERS,
          weights.isEmpty() && Boolean.TRUE.equals(o.ok()) ? null : o.ok(),
          weights.isEmpty() && Boolean.TRUE.equals(o.ok())
              ? o.words() + " Whether the final parameters are released is unknown."
              : o.words(),
          evidence);
    }
    LicenseCheck.Outcome o =
        LicenseCheck.component(
            weights.orElse(null), ComponentKind.FINAL_PARAMETERS, parameterTerms, "parameters");
    return new CriterionResult(
        OsaidCriterionKind.PARAMETERS,
        o.ok(),
        o.words(),
        new Evidence(components, List.of(), List.of(), List.of()));
  }

  /** Any restriction on use in the terms in force, or a use-restricting licence, fails it. */
  private CriterionResult use(ModelFacts facts) {
    List<String> restrictions = new ArrayList<>();
    List<Long> versions = new ArrayList<>();
    List<Long> documents = new ArrayList<>();
    for (TermsFacts t : facts.terms()) {
      for (RuleFacts rule : t.rules()) {
        if (rule.restricts()) {
          restrictions.add(
              String.format(
                  "%s (%s) %s %s use: \"%s\"",
                  t.title(),
                  t.versionLabel(),
                  rule.effect().equals("PROHIBIT") ? "prohibits" : "restricts",
                  rule.useCategory(),
                  rule.quote()));
          versions.add(t.versionKey());
          documents.add(t.documentKey());
        }
      }
    }
    Set<LicenseInfo> licenses = licensesInForce(facts);
    for (LicenseInfo license : licenses) {
      if (license.restrictsUse()) {
        restrictions.add(
            license.identifier()
                + " ("
                + license.name()
                + ") is a "
                + license.kind().name().toLowerCase().replace('_', '-')
                + " licence, which restricts use");
      }
    }
    Evidence evidence =
        new Evidence(List.of(), dedupe(versions), dedupe(documents), List.of(facts.modelKey()));
    if (!restrictions.isEmpty()) {
      return new CriterionResult(
          OsaidCriterionKind.USE,
          false,
          "Use is restricted: " + String.join("; ", restrictions) + ".",
          evidence);
    }
    if (facts.terms().isEmpty() && licenses.isEmpty()) {
      return new CriterionResult(
          OsaidCriterionKind.USE,
          null,
          "The registry holds no terms for this model on " + facts.on() + ".",
          evidence);
    }
    String under =
        licenses.isEmpty()
            ? facts.terms().stream().map(TermsFacts::title).collect(Collectors.joining(", "))
            : licenses.stream().map(LicenseInfo::identifier).collect(Collectors.joining(", "));
    return new CriterionResult(
        OsaidCriterionKind.USE,
        true,
        "No term in force on " + facts.on() + " restricts use (" + under + ").",
        evidence);
  }

  private CriterionResult study(ModelFacts facts) {
    List<String> words = new ArrayList<>();
    List<Boolean> outcomes = new ArrayList<>();
    List<Long> components = new ArrayList<>();
    for (ComponentKind kind :
        List.of(
            ComponentKind.FINAL_PARAMETERS,
            ComponentKind.TRAINING_CODE,
            ComponentKind.INFERENCE_CODE)) {
      Optional<ComponentFacts> c = facts.component(kind);
      c.ifPresent(f -> components.add(f.key()));
      String label = LicenseCheck.label(kind);
      if (c.isEmpty() || c.get().availability().name().equals("UNKNOWN")) {
        outcomes.add(null);
        words.add(label + ": availability unknown");
      } else if (c.get().availability().name().equals("AVAILABLE")) {
        outcomes.add(true);
        words.add(label + ": available");
      } else {
        outcomes.add(false);
        words.add(label + ": " + c.get().availability().name().toLowerCase().replace('_', ' '));
      }
    }
    return new CriterionResult(
        OsaidCriterionKind.STUDY,
        LicenseCheck.all(outcomes),
        "Studying the system needs its parameters and code. " + String.join("; ", words) + ".",
        new Evidence(components, List.of(), List.of(), List.of()));
  }

  /** Modify and share follow from the terms of the parts they need. */
  private static CriterionResult freedom(
      OsaidCriterionKind kind, String verb, CriterionResult... needs) {
    Boolean met = LicenseCheck.all(Arrays.stream(needs).map(CriterionResult::met).toList());
    String parts =
        Arrays.stream(needs)
            .map(n -> n.criterion().name().toLowerCase())
            .collect(Collectors.joining(" and "));
    String reason =
        Boolean.TRUE.equals(met)
            ? "The terms of the " + parts + " let anyone " + verb + " them."
            : Boolean.FALSE.equals(met)
                ? "The freedom to "
                    + verb
                    + " needs the "
                    + parts
                    + " under accepted terms, which they are not."
                : "Whether the "
                    + parts
                    + " may be "
                    + verb
                    + "d depends on facts the registry lacks.";
    List<Long> components = new ArrayList<>();
    List<Long> versions = new ArrayList<>();
    List<Long> documents = new ArrayList<>();
    for (CriterionResult need : needs) {
      components.addAll(need.evidence().components());
      versions.addAll(need.evidence().policyVersions());
      documents.addAll(need.evidence().policyDocuments());
    }
    return new CriterionResult(
        kind,
        met,
        reason,
        new Evidence(dedupe(components), dedupe(versions), dedupe(documents), List.of()));
  }

  private static Optional<TermsFacts> boundLicense(ModelFacts facts) {
    return facts.terms().stream()
        .filter(
            t ->
                "BOUND".equals(t.relation())
                    && "LICENSE".equals(t.role())
                    && t.kind() == DocumentKind.LICENSE)
        .findFirst();
  }

  /** The licences that govern the model on the date: bound licences, else its own licences. */
  private static Set<LicenseInfo> licensesInForce(ModelFacts facts) {
    Set<LicenseInfo> licenses = new LinkedHashSet<>();
    facts.terms().stream().map(TermsFacts::license).filter(l -> l != null).forEach(licenses::add);
    if (boundLicense(facts).isEmpty()) {
      licenses.addAll(facts.licenses());
      facts.component(ComponentKind.FINAL_PARAMETERS).ifPresent(c -> licenses.addAll(c.licenses()));
    }
    return licenses;
  }

  private static String join(List<LicenseCheck.Outcome> outcomes) {
    return outcomes.stream().map(LicenseCheck.Outcome::words).collect(Collectors.joining(" "));
  }

  private static <T> List<T> dedupe(List<T> values) {
    return values.stream().filter(v -> v != null).distinct().toList();
  }
}
