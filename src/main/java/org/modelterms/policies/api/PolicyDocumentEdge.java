package org.modelterms.policies.api;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("PolicyDocumentEdge")
public record PolicyDocumentEdge(@NonNull String cursor, @NonNull PolicyDocument node) {}
