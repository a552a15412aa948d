package org.modelterms.assessments.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.assessments.euindex.EuIndexDimension;
import org.modelterms.assessments.euindex.OpennessClass;

@Name("DimensionRating")
public record DimensionRating(
    @NonNull EuIndexDimension dimension,
    @NonNull String name,
    @NonNull EuIndexDimension.Group group,
    @NonNull OpennessClass rating,
    @NonNull List<@NonNull String> links,
    String notes) {}
