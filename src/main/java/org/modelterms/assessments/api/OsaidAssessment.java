package org.modelterms.assessments.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.assessments.osaid.OsaidVerdict;

@Name("OsaidAssessment")
@Description(
    "Whether the model meets the OSI's Open Source AI Definition 1.0 on a date, computed from the"
        + " registry's facts, criterion by criterion.")
public record OsaidAssessment(
    @NonNull Framework framework,
    @Description("The date assessed.") @NonNull LocalDate on,
    @NonNull OsaidVerdict verdict,
    @NonNull List<@NonNull OsaidCriterion> criteria) {

  @NonNull
  @Description("True only when the verdict is CONFORMS.")
  public boolean isConforms() {
    return verdict == OsaidVerdict.CONFORMS;
  }
}
