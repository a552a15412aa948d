package org.modelterms.policies.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.policies.DocumentKind;
import org.modelterms.sources.api.SourceInput;

@Input("PolicyDocumentRegisterInput")
public record PolicyDocumentRegisterInput(
    @Description("Lowercase words joined by '-' or '.', unique.") @NonNull String slug,
    @NonNull String title,
    @NonNull DocumentKind kind,
    @Description("The publisher's organisation slug.") String publisher,
    @Description("For a licence agreement: the licence it is (SPDX id, LicenseRef id or tag).")
        String license,
    String url,
    @Description("Slugs of documents this one incorporates by reference (a licence's AUP).")
        List<String> incorporates,
    @Description("For a statement: slugs of the documents whose terms it changes.")
        List<String> amends,
    List<SourceInput> sources) {}
