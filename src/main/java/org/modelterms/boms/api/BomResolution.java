package org.modelterms.boms.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.licenses.api.License;
import org.modelterms.models.api.Model;

@Name("BomResolution")
@Description("How a model of the document was resolved to what the registry knows.")
public record BomResolution(
    @NonNull BomResolutionPath path,
    @Description("For MODEL and BASE_MODEL: what named the registry model.") BomMatch matchedBy,
    @Description("How it was resolved, or why not, in a sentence.") @NonNull String how,
    @Description("For MODEL: the registry model.") Model model,
    @Description("For BASE_MODEL: the registry model whose terms it inherits.") Model baseModel,
    @Description(
            "For BASE_MODEL: the refs of the document's components followed to reach the base"
                + " model, nearest first; empty when the component names it itself.")
        @NonNull
        List<@NonNull String> via,
    @Description(
            "For DECLARED_LICENSE: the registry licences whose terms decide; otherwise the"
                + " registry licences the declared ones name.")
        @NonNull
        List<@NonNull License> licenses,
    @Description("For UNRESOLVED: why.") BomUnresolvedReason reason) {}
