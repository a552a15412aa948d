package org.modelterms.boms.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.permissions.UseVerdict;
import org.modelterms.permissions.api.DecidingRule;
import org.modelterms.permissions.api.UsePermission;
import org.modelterms.policies.UseCategory;
import org.modelterms.sources.Confidence;

@Name("BomUseVerdict")
@Description(
    "The verdict for one use of a component, whatever its resolution. For a registry model it is"
        + " the registry's own (`permission`, as complianceReport answers); for a model known by"
        + " its base model or its licence, it comes from those terms and claims no registry model.")
public record BomUseVerdict(
    @NonNull UseCategory use,
    @NonNull UseVerdict verdict,
    @Description("True when a clause addresses the use; false when the general grant covers it.")
        @NonNull
        boolean explicit,
    @Description("For CONDITIONAL: the conditions, in words.") @NonNull
        List<@NonNull String> conditions,
    @Description("The clauses that decided the verdict.") @NonNull
        List<@NonNull DecidingRule> rules,
    @Description("The verdict and its grounds, starting with where the terms come from.") @NonNull
        String explanation,
    @Description("The weakest confidence among the sources of the deciding clauses.") @NonNull
        Confidence confidence,
    @Description(
            "For a component resolved to a registry MODEL: the registry's UsePermission, the same"
                + " as complianceReport gives; null otherwise.")
        UsePermission permission) {}
