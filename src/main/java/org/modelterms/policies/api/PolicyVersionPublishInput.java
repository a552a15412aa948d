package org.modelterms.policies.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.sources.api.SourceInput;

@Input("PolicyVersionPublishInput")
@Description(
    "A new version of a document. It must start after the latest version, which it ends (if that"
        + " one is still in force).")
public record PolicyVersionPublishInput(
    @Description("The document's slug.") @NonNull String document,
    @Description("The version's name, e.g. \"Updated January 10, 2024\".") @NonNull String label,
    @NonNull LocalDate effectiveFrom,
    @Description("The first day it no longer applies; leave out while it is in force.")
        LocalDate effectiveTo,
    @Description("Where this version's text was read.") String sourceUrl,
    LocalDate retrievedOn,
    String text,
    List<UseRuleInput> rules,
    @Description("Where the version and its dates come from. Required.")
        List<SourceInput> sources) {}
