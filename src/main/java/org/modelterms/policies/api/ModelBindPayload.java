package org.modelterms.policies.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.shared.errors.UserError;

@Name("ModelBindPayload")
public record ModelBindPayload(ModelPolicy policy, @NonNull List<@NonNull UserError> userErrors) {}
