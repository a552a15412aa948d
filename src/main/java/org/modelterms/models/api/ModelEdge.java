package org.modelterms.models.api;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ModelEdge")
public record ModelEdge(@NonNull String cursor, @NonNull Model node) {}
