package org.modelterms.boms.export.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.boms.export.BomExportFormat;

@Name("BomExport")
@Description("Registry models written as one bill-of-materials document.")
public record BomExport(
    @NonNull BomExportFormat format,
    @Description("The document's media type, e.g. application/vnd.cyclonedx+json.") @NonNull
        String mediaType,
    @Description("A file name for the document, e.g. llama-3.1-8b.cdx.json.") @NonNull
        String fileName,
    @Description("The document itself.") @NonNull String content,
    @Description("Identifiers asked for that name no model in the registry.") @NonNull
        List<@NonNull String> unknownModels) {}
