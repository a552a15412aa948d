package org.modelterms.organizations.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("OrganizationUpdateInput")
@Description("Changes to an organisation; fields left out (or null) keep their value.")
public record OrganizationUpdateInput(
    @Description("The organisation's slug.") @NonNull String organization,
    @Description("If given, the update is refused with CONFLICT unless this is still the revision.")
        Integer expectedRevision,
    String name,
    String country,
    String website) {}
