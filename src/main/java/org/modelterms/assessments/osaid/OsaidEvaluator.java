package org.modelterms.assessments.osaid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.modelterms.facts.AcceptedTerms;
import org.modelterms.facts.ComponentFacts;
import org.modelterms.facts.LicenseInfo;
import org.modelterms.facts.ModelFacts;
import org.modelterms.facts.RuleFacts;
import org.modelterms.facts.TermsFacts;
import org.modelterms.facts.TermsRelation;
import org.modelterms.models.Availability;
import org.modelterms.models.ComponentKind;
import org.modelterms.openness.OsaidCriterionKind;
import org.modelterms.policies.BindingRole;
import org.modelterms.policies.DocumentKind;
import org.modelterms.policies.RuleEffect;

/**
 * The Open Source AI Definition 1.0 over a model's facts on one date. Plain Java: the facts and the
 * accepted terms come in, the verdict with a reason per criterion comes out.
 */
public final class OsaidEvaluator {

  private final Map<String, AcceptedTerms> accepted;
  private final OsaidChecklist checklist;

  /**
   * @param accepted the accepted terms by scope: CODE, DATA_INFORMATION, PARAMETERS
   */
  public OsaidEvaluator(Map<String, AcceptedTerms> accepted) {
    this(accepted, OsaidChecklist.bundled());
  }

  public OsaidEvaluator(Map<String, AcceptedTerms> accepted, OsaidChecklist checklist) {
    this.accepted = accepted;
    this.checklist = checklist;
  }

  public OsaidResult evaluate(ModelFacts facts) {
    if (facts.beforeRelease()) {
      return notYetReleased(facts);
    }
    CriterionResult data = required(OsaidCriterionKind.DATA_INFORMATION, facts);
    CriterionResult code = required(OsaidCriterionKind.CODE, facts);
    CriterionResult parameters = required(OsaidCriterionKind.PARAMETERS, facts);
    List<CriterionResult> criteria =
        List.of(
            data,
            code,
            parameters,
            use(facts),
            study(facts),
            freedom(OsaidCriterionKind.MODIFY, "modify", "modified", code, parameters),
            freedom(OsaidCriterionKind.SHARE, "share", "shared", parameters));
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

  /** One checked component: its outcome and the facts it used. */
  private record PartOutcome(Boolean ok, String words, Evidence evidence) {}

  /**
   * A criterion the checklist defines by components: ALL needs every one met, ANY needs one; a
   * component the checklist does not name is never looked at.
   */
  private CriterionResult required(OsaidCriterionKind criterion, ModelFacts facts) {
    OsaidChecklist.Requirement requirement = checklist.requirement(criterion);
    List<PartOutcome> outcomes = new ArrayList<>();
    for (OsaidChecklist.Part part : requirement.components()) {
      PartOutcome outcome =
          part.kind() == ComponentKind.FINAL_PARAMETERS
              ? finalParameters(facts, part)
              : component(facts, part);
      if (requirement.rule() == OsaidChecklist.Rule.ANY && Boolean.TRUE.equals(outcome.ok())) {
        return new CriterionResult(criterion, true, outcome.words(), outcome.evidence());
      }
      outcomes.add(outcome);
    }
    List<Boolean> oks = outcomes.stream().map(PartOutcome::ok).toList();
    Boolean met =
        requirement.rule() == OsaidChecklist.Rule.ALL
            ? LicenseCheck.all(oks)
            // None qualifies: not met only if every one is known not to.
            : oks.stream().allMatch(Boolean.FALSE::equals) ? false : null;
    String words = outcomes.stream().map(PartOutcome::words).collect(Collectors.joining(" "));
    if (requirement.rule() == OsaidChecklist.Rule.ANY) {
      words =
          "None of the "
              + criterion.name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + (met == null ? " is known to be" : " is")
              + " released under terms OSAID 1.0 accepts (one part would suffice). "
              + words;
    }
    return new CriterionResult(
        criterion, met, words, merge(outcomes.stream().map(PartOutcome::evidence).toList()));
  }

  private PartOutcome component(ModelFacts facts, OsaidChecklist.Part part) {
    Optional<ComponentFacts> c = facts.component(part.kind());
    LicenseCheck.Outcome o =
        LicenseCheck.component(c.orElse(null), part.kind(), terms(part), scope(part));
    return new PartOutcome(o.ok(), o.words(), componentEvidence(c));
  }

  private AcceptedTerms terms(OsaidChecklist.Part part) {
    return accepted.getOrDefault(part.terms(), AcceptedTerms.NONE);
  }

  private static String scope(OsaidChecklist.Part part) {
    return part.terms().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static Evidence componentEvidence(Optional<ComponentFacts> c) {
    return new Evidence(
        c.map(f -> List.of(f.key())).orElse(List.of()), List.of(), List.of(), List.of());
  }

  /**
   * The final parameters: the licence a binding puts the model under on the date wins over the
   * component's.
   */
  private PartOutcome finalParameters(ModelFacts facts, OsaidChecklist.Part part) {
    Optional<ComponentFacts> weights = facts.component(ComponentKind.FINAL_PARAMETERS);
    List<Long> components = weights.map(w -> List.of(w.key())).orElse(List.of());
    Optional<TermsFacts> bound = boundLicense(facts);
    if (bound.isPresent()
        && weights.map(w -> w.availability() == Availability.AVAILABLE).orElse(true)) {
      TermsFacts t = bound.get();
      Evidence evidence =
          new Evidence(
              components,
              t.versionKey() == null ? List.of() : List.of(t.versionKey()),
              List.of(t.documentKey()),
              List.of());
      if (t.license() == null) {
        return new PartOutcome(
            false,
            "The parameters are governed by the "
                + t.title()
                + ", which is not a licence OSAID 1.0 accepts for "
                + scope(part)
                + ".",
            evidence);
      }
      LicenseCheck.Outcome o =
          LicenseCheck.license("The parameters are", t.license(), terms(part), scope(part));
      boolean releaseUnknown = weights.isEmpty() && Boolean.TRUE.equals(o.ok());
      return new PartOutcome(
          releaseUnknown ? null : o.ok(),
          releaseUnknown
              ? o.words() + " Whether the final parameters are released is unknown."
              : o.words(),
          evidence);
    }
    LicenseCheck.Outcome o =
        LicenseCheck.component(
            weights.orElse(null), ComponentKind.FINAL_PARAMETERS, terms(part), scope(part));
    return new PartOutcome(o.ok(), o.words(), componentEvidence(weights));
  }

  private static Evidence merge(List<Evidence> all) {
    List<Long> components = new ArrayList<>();
    List<Long> versions = new ArrayList<>();
    List<Long> documents = new ArrayList<>();
    for (Evidence e : all) {
      components.addAll(e.components());
      versions.addAll(e.policyVersions());
      documents.addAll(e.policyDocuments());
    }
    return new Evidence(dedupe(components), dedupe(versions), dedupe(documents), List.of());
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
                  rule.effect() == RuleEffect.PROHIBIT ? "prohibits" : "restricts",
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
      if (c.isEmpty() || c.get().availability() == Availability.UNKNOWN) {
        outcomes.add(null);
        words.add(label + ": availability unknown");
      } else if (c.get().availability() == Availability.AVAILABLE) {
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
      OsaidCriterionKind kind, String verb, String participle, CriterionResult... needs) {
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
                    + participle
                    + " depends on facts the registry lacks.";
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
                t.relation() == TermsRelation.BOUND
                    && t.role() == BindingRole.LICENSE
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

  private static <T> List<T> dedupe(List<T> values) {
    return values.stream().filter(v -> v != null).distinct().toList();
  }
}
