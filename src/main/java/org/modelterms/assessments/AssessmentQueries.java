package org.modelterms.assessments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelterms.assessments.api.Framework;
import org.modelterms.assessments.api.MofAssessment;
import org.modelterms.assessments.api.OsaidAssessment;
import org.modelterms.assessments.api.OsaidCriterion;
import org.modelterms.assessments.mof.MofEvaluator;
import org.modelterms.assessments.mof.MofInput;
import org.modelterms.assessments.mof.MofResult;
import org.modelterms.assessments.mof.RegistryLicensePolicy;
import org.modelterms.assessments.mof.RegistryMofInput;
import org.modelterms.assessments.osaid.Evidence;
import org.modelterms.assessments.osaid.OsaidEvaluator;
import org.modelterms.assessments.osaid.OsaidResult;
import org.modelterms.facts.FactsLoader;
import org.modelterms.facts.ModelFacts;
import org.modelterms.sources.CitationSubject;
import org.modelterms.sources.SourceQueries;
import org.modelterms.sources.api.Citation;

/** Computes the OSAID and MOF assessments of many models at once from their facts. */
@ApplicationScoped
@Transactional
public class AssessmentQueries {

  @Inject FactsLoader facts;
  @Inject SourceQueries sources;

  /**
   * The OSAID 1.0 assessment of each model on the date, in the order of the keys. The criteria's
   * sources are not read here but by {@link #citations(List)}, only when a query selects them.
   */
  public List<OsaidAssessment> osaid(List<Long> modelKeys, LocalDate on) {
    return osaidResults(facts.forAssessment(modelKeys, on), modelKeys).stream()
        .map(
            r ->
                new OsaidAssessment(
                    Framework.OSAID,
                    r.on(),
                    r.verdict(),
                    r.modelKey(),
                    r.criteria().stream()
                        .map(
                            c ->
                                new OsaidCriterion(
                                    c.criterion(), c.met(), c.reason(), c.evidence()))
                        .toList()))
        .toList();
  }

  List<OsaidResult> osaidResults(Map<Long, ModelFacts> loaded, List<Long> modelKeys) {
    OsaidEvaluator evaluator = new OsaidEvaluator(facts.acceptedTerms("OSAID_1_0"));
    return modelKeys.stream().map(k -> evaluator.evaluate(loaded.get(k))).toList();
  }

  /** The MOF 1.0 assessment of each model, in the order of the keys. */
  public List<MofAssessment> mof(List<Long> modelKeys) {
    return mofResults(facts.forAssessment(modelKeys, LocalDate.now()), modelKeys).stream()
        .map(MofAssessment::of)
        .toList();
  }

  List<MofResult> mofResults(Map<Long, ModelFacts> loaded, List<Long> modelKeys) {
    Map<Long, MofInput> inputs = new HashMap<>();
    Set<String> strings = new LinkedHashSet<>();
    for (Long key : modelKeys) {
      MofInput input = RegistryMofInput.of(loaded.get(key));
      inputs.put(key, input);
      strings.addAll(RegistryMofInput.licenseStrings(input));
    }
    RegistryLicensePolicy policy =
        new RegistryLicensePolicy(
            facts
                .acceptedTerms("MOF_1_0")
                .getOrDefault("ANY", org.modelterms.facts.AcceptedTerms.NONE),
            facts.licensesByExactKey(strings));
    MofEvaluator evaluator = new MofEvaluator(policy);
    return modelKeys.stream().map(k -> evaluator.evaluate(inputs.get(k))).toList();
  }

  /**
   * The sources of each criterion's evidence, in the order given: the citations of every fact the
   * evidence names, read in one query for all of them.
   */
  public List<List<Citation>> citations(List<Evidence> evidence) {
    Citations citations = citationsFor(evidence);
    return evidence.stream().map(citations::of).toList();
  }

  private Citations citationsFor(List<Evidence> evidence) {
    Set<Long> components = new LinkedHashSet<>();
    Set<Long> versions = new LinkedHashSet<>();
    Set<Long> documents = new LinkedHashSet<>();
    Set<Long> models = new LinkedHashSet<>();
    for (Evidence e : evidence) {
      components.addAll(e.components());
      versions.addAll(e.policyVersions());
      documents.addAll(e.policyDocuments());
      models.addAll(e.models());
    }
    Map<CitationSubject, Map<Long, List<Citation>>> found =
        sources.citations(
            Map.of(
                CitationSubject.COMPONENT, components,
                CitationSubject.POLICY_VERSION, versions,
                CitationSubject.POLICY_DOCUMENT, documents,
                CitationSubject.MODEL, models));
    return new Citations(
        found.get(CitationSubject.COMPONENT),
        found.get(CitationSubject.POLICY_VERSION),
        found.get(CitationSubject.POLICY_DOCUMENT),
        found.get(CitationSubject.MODEL));
  }

  private record Citations(
      Map<Long, List<Citation>> components,
      Map<Long, List<Citation>> versions,
      Map<Long, List<Citation>> documents,
      Map<Long, List<Citation>> models) {

    List<Citation> of(Evidence e) {
      List<Citation> all = new ArrayList<>();
      e.components().forEach(k -> all.addAll(components.getOrDefault(k, List.of())));
      e.policyVersions().forEach(k -> all.addAll(versions.getOrDefault(k, List.of())));
      e.policyDocuments().forEach(k -> all.addAll(documents.getOrDefault(k, List.of())));
      e.models().forEach(k -> all.addAll(models.getOrDefault(k, List.of())));
      return all.stream().distinct().toList();
    }
  }
}
