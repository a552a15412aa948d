package org.modelterms.imports.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MotImportInput")
@Description("One model file of the Model Openness Tool (isitopen.ai), as YAML text.")
public record MotImportInput(
    @NonNull String yaml,
    @Description("Where the file was published; cited as the source of every fact it gives.")
        String sourceUrl) {}
