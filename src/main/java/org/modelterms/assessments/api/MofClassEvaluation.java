package org.modelterms.assessments.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.assessments.mof.ClassEvaluation;
import org.modelterms.openness.MofClass;

@Name("MofClassEvaluation")
public record MofClassEvaluation(
    @NonNull MofClass mofClass,
    @NonNull String label,
    @Description("Percent of the class's required components met, unrounded.") @NonNull
        double progress,
    @Description("True when a less open class is incomplete, which makes this class's progress 0.")
        @NonNull
        boolean blocked,
    @NonNull List<@NonNull MofComponentEvaluation> met,
    @Description("Listed under a licence that is not open.") @NonNull
        List<@NonNull MofComponentEvaluation> invalid,
    @Description("Not listed, or without a licence.") @NonNull
        List<@NonNull MofComponentEvaluation> missing) {

  public static MofClassEvaluation of(ClassEvaluation e) {
    return new MofClassEvaluation(
        e.mofClass(),
        e.mofClass().label(),
        e.progress(),
        e.blocked(),
        e.met().stream().map(MofComponentEvaluation::of).toList(),
        e.invalid().stream().map(MofComponentEvaluation::of).toList(),
        e.missing().stream().map(MofComponentEvaluation::of).toList());
  }
}
