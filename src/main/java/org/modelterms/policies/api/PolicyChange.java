package org.modelterms.policies.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.policies.UseCategory;

@Name("PolicyChange")
@Description("A change to the terms that may change verdicts: which models and uses it touches.")
public record PolicyChange(
    @Description("VERSION_PUBLISHED, RULE_CORRECTED or MODEL_BOUND.") @NonNull String kind,
    @Description("The document changed or bound.") @NonNull String document,
    @Description("Slugs of the models whose terms it touches, derived models included.") @NonNull
        List<@NonNull String> models,
    @Description("The use categories its rules address; empty when it may touch every use.")
        @NonNull
        List<@NonNull UseCategory> uses,
    @NonNull OffsetDateTime recordedAt) {}
