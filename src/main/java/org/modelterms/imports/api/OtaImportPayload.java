package org.modelterms.imports.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.imports.ImportOutcome;
import org.modelterms.policies.api.PolicyDocument;
import org.modelterms.policies.api.PolicyVersion;
import org.modelterms.shared.errors.UserError;

@Name("OtaImportPayload")
public record OtaImportPayload(
    PolicyDocument document,
    @org.eclipse.microprofile.graphql.Description(
            "The version created, or the one whose text this is.")
        PolicyVersion version,
    ImportOutcome outcome,
    @NonNull List<@NonNull UserError> userErrors) {}
