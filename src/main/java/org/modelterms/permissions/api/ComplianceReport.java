package org.modelterms.permissions.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ComplianceReport")
@Description("A matrix of verdicts for a bill of models and uses, on one date, for one actor.")
public record ComplianceReport(
    @NonNull LocalDate on,
    @NonNull List<@NonNull ComplianceRow> rows,
    @Description("Identifiers asked for that name no model in the registry.") @NonNull
        List<@NonNull String> unknownModels) {}
