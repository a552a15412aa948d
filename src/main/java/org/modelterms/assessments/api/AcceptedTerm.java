package org.modelterms.assessments.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("AcceptedTerm")
@Description(
    "Terms an assessment framework accepts: every licence with an SPDX flag (OSI_APPROVED,"
        + " FSF_LIBRE), or one licence by identifier. Data, not code: revised without a release.")
public record AcceptedTerm(
    @Description("OSAID_1_0 or MOF_1_0.") @NonNull String framework,
    @Description("CODE, DATA_INFORMATION or PARAMETERS for the OSAID; ANY for the MOF.") @NonNull
        String scope,
    @NonNull String rule,
    String license,
    String note) {}
