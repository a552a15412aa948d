package org.modelterms.organizations.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("OrganizationRegisterInput")
public record OrganizationRegisterInput(
    @Description("Lowercase words joined by '-' or '.', unique.") @NonNull String slug,
    @NonNull String name,
    @Description("ISO 3166-1 alpha-2, e.g. \"US\".") String country,
    String website) {}
