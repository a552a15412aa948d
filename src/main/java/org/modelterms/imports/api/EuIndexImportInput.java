package org.modelterms.imports.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EuIndexImportInput")
@Description("One model-family file of the European Open Source AI Index, as YAML text.")
public record EuIndexImportInput(
    @Description("The file's name in the data set, e.g. \"llama-3.1.yaml\".") @NonNull
        String fileName,
    @NonNull String yaml) {}
