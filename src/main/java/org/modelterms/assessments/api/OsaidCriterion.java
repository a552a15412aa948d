package org.modelterms.assessments.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.assessments.osaid.Evidence;
import org.modelterms.openness.OsaidCriterionKind;

/**
 * One criterion of an OSAID assessment. Its {@code sources} field is resolved in a batch from the
 * evidence ({@code AssessmentFieldsGraphQL.criterionSources}), so that their citations are read
 * only when a query selects them.
 */
@Name("OsaidCriterion")
public record OsaidCriterion(
    @NonNull OsaidCriterionKind criterion,
    @Description("True when met, false when not, null when a fact it needs is unknown.")
        Boolean met,
    @Description("Why, naming the components, licences and clauses used.") @NonNull String reason,
    @Ignore Evidence evidence) {}
