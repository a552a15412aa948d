package org.modelterms.licenses.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.licenses.LicenseKind;
import org.modelterms.sources.api.SourceInput;

@Input("LicenseRegisterInput")
@Description("A bespoke licence that the SPDX License List does not have.")
public record LicenseRegisterInput(
    @Description(
            "\"LicenseRef-\" followed by letters, digits, '.' or '-', e.g. \"LicenseRef-llama-3.1\".")
        @NonNull
        String identifier,
    @NonNull String name,
    @NonNull LicenseKind kind,
    @Description("Where the licence text is published.") String url,
    @Description("Hugging Face licence tags that name it, e.g. [\"llama3.1\"].")
        List<String> huggingFaceTags,
    @Description("Where the facts about the licence come from.") List<SourceInput> sources) {}
