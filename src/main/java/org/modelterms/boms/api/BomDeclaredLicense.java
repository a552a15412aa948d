package org.modelterms.boms.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.boms.read.DeclaredLicenseForm;
import org.modelterms.licenses.api.License;

@Name("BomDeclaredLicense")
@Description("A licence as the document states it, with the registry licences it names.")
public record BomDeclaredLicense(
    @NonNull DeclaredLicenseForm form,
    @Description("The id, expression, name or URL as written.") @NonNull String value,
    @Description("True when the document says it concluded the licence, not only declared it.")
        @NonNull
        boolean concluded,
    @Description(
            "The registry licences it names; empty when the registry knows none of them. An"
                + " expression names one per licence id.")
        @NonNull
        List<@NonNull License> licenses,
    @Description("True when the registry knows every licence the value names.") @NonNull
        boolean identified) {}
