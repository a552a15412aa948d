package org.modelterms.assessments.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.assessments.osaid.OsaidCriterionKind;
import org.modelterms.sources.api.Citation;

@Name("OsaidCriterion")
public record OsaidCriterion(
    @NonNull OsaidCriterionKind criterion,
    @Description("True when met, false when not, null when a fact it needs is unknown.")
        Boolean met,
    @Description("Why, naming the components, licences and clauses used.") @NonNull String reason,
    @Description("The sources of the facts used.") @NonNull List<@NonNull Citation> sources) {}
