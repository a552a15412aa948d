package org.modelterms.assessments.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ExternalRating")
@Description(
    "A third party's rating of the model, shown as their opinion beside the registry's own"
        + " assessments.")
public record ExternalRating(
    @NonNull ExternalDataset dataset,
    @Description("The entry of the data set that rates the model (a model family).") @NonNull
        String entryName,
    @Description("The entry's file at the imported version.") @NonNull String sourceUrl,
    @NonNull List<@NonNull DimensionRating> ratings) {}
