package org.modelterms.assessments;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.modelterms.assessments.api.ExternalRating;
import org.modelterms.assessments.api.MofAssessment;
import org.modelterms.assessments.api.OsaidAssessment;
import org.modelterms.assessments.api.OsaidCriterion;
import org.modelterms.graphql.RegistryApi;
import org.modelterms.models.api.Model;
import org.modelterms.sources.api.Citation;

/** The openness assessments of models, computed for a whole page of models at once. */
@GraphQLApi
@RegistryApi
public class AssessmentGraphQL {

  @Inject AssessmentService assessments;
  @Inject ExternalRatingService externalRatings;

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
    return assessments.osaid(keys(models), on == null ? LocalDate.now() : on);
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
