package org.modelterms.imports.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.imports.ImportOutcome;
import org.modelterms.models.api.Model;
import org.modelterms.shared.errors.UserError;

@Name("EuIndexImportPayload")
public record EuIndexImportPayload(
    @Description("The registry models the entry was matched to.") @NonNull
        List<@NonNull Model> models,
    ImportOutcome outcome,
    @Description("Why the entry matched no model, when it matched none.") String unmatched,
    @NonNull List<@NonNull UserError> userErrors) {}
