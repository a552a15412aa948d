package org.modelterms.licenses.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.shared.errors.UserError;

@Name("LicensePayload")
public record LicensePayload(License license, @NonNull List<@NonNull UserError> userErrors) {}
