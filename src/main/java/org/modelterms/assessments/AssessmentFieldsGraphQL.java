package org.modelterms.assessments;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.modelterms.assessments.api.ExternalRating;
import org.modelterms.assessments.api.MofAssessment;
import org.modelterms.assessments.api.OsaidAssessment;
import org.modelterms.assessments.api.OsaidCriterion;
import org.modelterms.models.api.Model;
import org.modelterms.openness.OsaidVerdict;
import org.modelterms.shared.guard.RegistryApi;
import org.modelterms.sources.api.Citation;

/** The openness assessments of models, computed for a whole page of models at once. */
@GraphQLApi
@RegistryApi
public class AssessmentFieldsGraphQL {

  @Inject AssessmentQueries assessments;
  @Inject OpennessIndexRefresher refresher;
  @Inject ExternalRatingQueries externalRatings;

  @Description(
      "Third parties' ratings of the model (the European Open Source AI Index), with the"
          + " attribution their licences require. Opinions, not the registry's assessment.")
  @NonNull
  public List<@NonNull List<@NonNull ExternalRating>> externalRatings(@Source List<Model> models) {
    return externalRatings.of(keys(models));
  }

  @Description(
      "Whether the model meets the Open Source AI Definition 1.0 on a date (default: today), with"
          + " a reason and sources for each criterion.")
  @NonNull
  public List<@NonNull OsaidAssessment> osaid(
      @Source List<Model> models, @Name("on") LocalDate on) {
    LocalDate today = LocalDate.now();
    LocalDate day = on == null ? today : on;
    // Today's verdicts the verdict index holds came with the models' rows; the rest are computed.
    List<Long> toCompute =
        models.stream()
            .filter(m -> !day.equals(today) || m.storedOsaidVerdict() == null)
            .map(Model::key)
            .toList();
    Map<Long, OsaidAssessment> computed = new HashMap<>();
    if (day.equals(today) && !toCompute.isEmpty()) {
      refresher.refreshSoon(); // today's verdicts were missing from the index
    }
    if (!toCompute.isEmpty()) {
      assessments.osaid(toCompute, day).forEach(a -> computed.put(a.modelKey(), a));
    }
    return models.stream()
        .map(
            m -> {
              OsaidAssessment found = computed.get(m.key());
              return found != null
                  ? found
                  : OsaidAssessment.stored(
                      m.key(), day, OsaidVerdict.valueOf(m.storedOsaidVerdict()));
            })
        .toList();
  }

  @NonNull
  public List<@NonNull List<@NonNull OsaidCriterion>> criteria(
      @Source List<OsaidAssessment> osaid) {
    // Computed only for assessments whose verdict came from the index, by date.
    Map<LocalDate, List<Long>> missing = new HashMap<>();
    for (OsaidAssessment a : osaid) {
      if (a.computedCriteria() == null) {
        missing.computeIfAbsent(a.on(), d -> new ArrayList<>()).add(a.modelKey());
      }
    }
    Map<LocalDate, Map<Long, List<OsaidCriterion>>> found = new HashMap<>();
    missing.forEach(
        (day, keys) -> {
          Map<Long, List<OsaidCriterion>> byModel = new HashMap<>();
          assessments
              .osaid(keys, day)
              .forEach(a -> byModel.put(a.modelKey(), a.computedCriteria()));
          found.put(day, byModel);
        });
    return osaid.stream()
        .map(
            a ->
                a.computedCriteria() != null
                    ? a.computedCriteria()
                    : found.get(a.on()).get(a.modelKey()))
        .toList();
  }

  @Name("sources")
  @Description("The sources of the facts used.")
  @NonNull
  public List<@NonNull List<@NonNull Citation>> criterionSources(
      @Source List<OsaidCriterion> criteria) {
    return assessments.citations(criteria.stream().map(OsaidCriterion::evidence).toList());
  }

  @Description("The model's class under the Model Openness Framework 1.0.")
  @NonNull
  public List<@NonNull MofAssessment> mof(@Source List<Model> models) {
    return assessments.mof(keys(models));
  }

  private static List<Long> keys(List<Model> models) {
    return models.stream().map(Model::key).toList();
  }
}
