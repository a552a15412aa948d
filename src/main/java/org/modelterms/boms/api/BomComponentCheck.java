package org.modelterms.boms.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.boms.read.BomComponentType;

@Name("BomComponentCheck")
@Description("One model or data set of the document, resolved and answered for.")
public record BomComponentCheck(
    @Description("Where it is in the document: its bom-ref, spdxId or line.") @NonNull String ref,
    String name,
    @NonNull BomComponentType type,
    String supplier,
    String purl,
    String huggingFaceId,
    @Description("For models: how it was resolved; null for data sets, which are not judged.")
        BomResolution resolution,
    @NonNull List<@NonNull BomDeclaredLicense> declaredLicenses,
    @NonNull List<@NonNull BomFlag> flags,
    @Description(
            "For models resolved to terms: the verdict for each use asked, in order; empty for"
                + " data sets and UNRESOLVED models.")
        @NonNull
        List<@NonNull BomUseVerdict> verdicts) {}
