package org.modelterms.models.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ComponentSetInput")
@Description("Adds a component to a model, or replaces the model's component of that kind.")
public record ComponentSetInput(
    @Description("The model's slug or Hugging Face id.") @NonNull String model,
    @NonNull ComponentInput component) {}
