package org.modelterms.models.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.shared.errors.UserError;

@Name("ModelPayload")
public record ModelPayload(Model model, @NonNull List<@NonNull UserError> userErrors) {}
