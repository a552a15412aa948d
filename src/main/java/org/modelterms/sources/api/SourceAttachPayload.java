package org.modelterms.sources.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.shared.errors.UserError;

@Name("SourceAttachPayload")
public record SourceAttachPayload(
    Citation citation, @NonNull List<@NonNull UserError> userErrors) {}
