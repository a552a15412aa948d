package org.modelterms.models.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.models.Availability;

@Name("Openness")
@Description(
    "What of a model is released, derived from its components: weights (final parameters),"
        + " code (training, inference, pre-processing), data (datasets and data card).")
public record Openness(
    @NonNull Availability weights, @NonNull Availability code, @NonNull Availability data) {}
