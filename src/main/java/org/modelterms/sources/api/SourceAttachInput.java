package org.modelterms.sources.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SourceAttachInput")
public record SourceAttachInput(
    @Description(
            "The id of the organisation, model, component, licence, policy document or version.")
        @Id
        @NonNull
        String subject,
    @NonNull SourceInput source) {}
