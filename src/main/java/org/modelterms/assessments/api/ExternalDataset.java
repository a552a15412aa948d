package org.modelterms.assessments.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ExternalDataset")
@Description(
    "A third-party data set the registry shows opinions from, with its required attribution.")
public record ExternalDataset(
    @NonNull String name,
    @Description("The version (upstream commit) the ratings were imported from.") @NonNull
        String version,
    @Description("The data set's licence (SPDX id).") @NonNull String license,
    @NonNull String url,
    @Description("The attribution the licence requires; show it with the ratings.") @NonNull
        String attribution,
    @NonNull String citation) {}
