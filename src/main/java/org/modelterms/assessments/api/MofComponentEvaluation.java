package org.modelterms.assessments.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.assessments.mof.ComponentEvaluation;
import org.modelterms.assessments.mof.ComponentStatus;
import org.modelterms.assessments.mof.LicenseSource;
import org.modelterms.models.ComponentKind;

@Name("MofComponentEvaluation")
public record MofComponentEvaluation(
    @NonNull ComponentKind component,
    @Description("The component's name in the Model Openness Framework.") @NonNull String name,
    @NonNull ComponentStatus status,
    @Description("The licence used for the component, as written.") String license,
    @Description(
            "Where that licence came from: the component's own, the global licence for its type, or"
                + " the distribution licence.")
        @NonNull
        LicenseSource licenseSource,
    @Description(
            "False when the licence is open but not meant for this type of component (the Model"
                + " Openness Tool's \"conditional\" warning).")
        @NonNull
        boolean typeAppropriate) {

  public static MofComponentEvaluation of(ComponentEvaluation e) {
    return new MofComponentEvaluation(
        ComponentKind.valueOf(e.component().name()),
        e.component().motName(),
        e.status(),
        e.license(),
        e.source(),
        e.typeAppropriate());
  }
}
