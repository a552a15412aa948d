package org.modelterms.imports.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("OtaImportInput")
@Description("One version of a document as Open Terms Archive recorded it.")
public record OtaImportInput(
    @Description("The service, e.g. \"OpenAI\".") @NonNull String service,
    @Description("The document type, e.g. \"Acceptable-Use-Policy\".") @NonNull String document,
    @Description("When the archive recorded the text (not when it took effect).") @NonNull
        OffsetDateTime recordedAt,
    @NonNull String text) {}
