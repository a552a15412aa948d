package org.modelterms.assessments.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.openness.OsaidVerdict;

@Name("OsaidAssessment")
@Description(
    "Whether the model meets the OSI's Open Source AI Definition 1.0 on a date, computed from the"
        + " registry's facts, criterion by criterion.")
public record OsaidAssessment(
    @NonNull Framework framework,
    @Description("The date assessed.") @NonNull LocalDate on,
    @NonNull OsaidVerdict verdict,
    @Ignore long modelKey,
    @Ignore List<OsaidCriterion> computedCriteria) {

  /**
   * An assessment whose verdict came from the verdict index: its {@code criteria} field computes
   * them when a query asks ({@code AssessmentFieldsGraphQL.criteria}).
   */
  public static OsaidAssessment stored(long modelKey, LocalDate on, OsaidVerdict verdict) {
    return new OsaidAssessment(Framework.OSAID, on, verdict, modelKey, null);
  }

  /** By model and date: batch resolvers key their caches by parent, and criteria are long. */
  @Override
  public int hashCode() {
    return Long.hashCode(modelKey) * 31 + on.hashCode();
  }

  @NonNull
  @Description("True only when the verdict is CONFORMS.")
  public boolean isConforms() {
    return verdict == OsaidVerdict.CONFORMS;
  }
}
