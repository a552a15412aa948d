package org.modelterms.imports.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.imports.ImportOutcome;
import org.modelterms.models.api.Model;
import org.modelterms.shared.errors.UserError;

@Name("MotImportPayload")
public record MotImportPayload(
    Model model, ImportOutcome outcome, @NonNull List<@NonNull UserError> userErrors) {}
