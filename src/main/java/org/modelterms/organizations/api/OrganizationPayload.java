package org.modelterms.organizations.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.shared.errors.UserError;

@Name("OrganizationPayload")
public record OrganizationPayload(
    Organization organization, @NonNull List<@NonNull UserError> userErrors) {}
