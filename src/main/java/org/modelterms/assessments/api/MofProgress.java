package org.modelterms.assessments.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("MofProgress")
@Description("Percent complete per class, unrounded, as the Model Openness Tool reports it.")
public record MofProgress(
    @NonNull double classI, @NonNull double classII, @NonNull double classIII) {}
