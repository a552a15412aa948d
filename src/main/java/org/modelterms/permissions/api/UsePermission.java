package org.modelterms.permissions.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.models.api.Model;
import org.modelterms.permissions.UseVerdict;
import org.modelterms.policies.UseCategory;
import org.modelterms.sources.Confidence;

@Name("UsePermission")
@Description("Whether a model may be used for a use, on a date, by an actor, and why.")
public record UsePermission(
    @NonNull Model model,
    @NonNull UseCategory use,
    @NonNull LocalDate on,
    @Description("When given, the answer is what the registry held at that time.")
        OffsetDateTime asKnownAt,
    @NonNull UseVerdict verdict,
    @Description("True when a clause addresses the use; false when the general grant covers it.")
        @NonNull
        boolean explicit,
    @Description("For CONDITIONAL: the conditions, in words.") @NonNull
        List<@NonNull String> conditions,
    @Description("The clauses that decided the verdict.") @NonNull
        List<@NonNull DecidingRule> rules,
    @Description("The verdict and its grounds in sentences a compliance officer can paste.")
        @NonNull
        String explanation,
    @Description(
            "The weakest confidence among the sources of the deciding clauses: SECONDARY or"
                + " UNVERIFIED means the verdict rests on press or third-party reports, or on a"
                + " lead not confirmed against the publisher's text. PRIMARY when no clause decides.")
        @NonNull
        Confidence confidence) {}
