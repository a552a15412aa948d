package org.modelterms.assessments.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.assessments.mof.MofResult;
import org.modelterms.openness.MofClass;

@Name("MofAssessment")
@Description(
    "The model's class under the Model Openness Framework 1.0, computed as the Model Openness Tool"
        + " computes it.")
public record MofAssessment(
    @NonNull Framework framework,
    @Description("The most open class whose progress is 100, or null.") MofClass achievedClass,
    @NonNull MofProgress progress,
    @Description("Class III, II and I, with the components met, invalid and missing.") @NonNull
        List<@NonNull MofClassEvaluation> classes,
    @Description("Components under an open licence not meant for their type.") @NonNull
        List<@NonNull MofComponentEvaluation> warnings) {

  public static MofAssessment of(MofResult r) {
    return new MofAssessment(
        Framework.MOF,
        r.achievedClass(),
        new MofProgress(
            r.progress(MofClass.CLASS_I),
            r.progress(MofClass.CLASS_II),
            r.progress(MofClass.CLASS_III)),
        List.of(MofClass.CLASS_III, MofClass.CLASS_II, MofClass.CLASS_I).stream()
            .map(c -> MofClassEvaluation.of(r.evaluation(c)))
            .toList(),
        r.conditionalWarnings().stream().map(MofComponentEvaluation::of).toList());
  }
}
