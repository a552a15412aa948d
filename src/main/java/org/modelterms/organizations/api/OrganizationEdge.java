package org.modelterms.organizations.api;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("OrganizationEdge")
public record OrganizationEdge(@NonNull String cursor, @NonNull Organization node) {}
