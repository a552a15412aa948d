package org.modelterms.boms.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.policies.UseCategory;
import org.modelterms.sources.api.Citation;

@Name("BomFlag")
@Description("A disagreement found while checking a component, with both sides and their sources.")
public record BomFlag(
    @NonNull BomFlagCode code,
    @Description("The finding in a sentence.") @NonNull String message,
    @Description("What the document says, and where (the component's ref).") @NonNull
        String documentSays,
    @Description("What the registry says.") @NonNull String registrySays,
    @Description("The registry's sources for what it says.") @NonNull
        List<@NonNull Citation> registrySources,
    @Description("For LOOSER_THAN_BASE: the uses the declared licence treats more permissively.")
        @NonNull
        List<@NonNull UseCategory> uses) {}
