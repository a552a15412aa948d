package org.modelterms.policies.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.policies.BindingRole;
import org.modelterms.sources.api.SourceInput;

@Input("ModelBindInput")
@Description(
    "Puts a model under a document from a date. A model's earlier document of the same role that"
        + " is still in force ends that day: this is how a relicensing is recorded.")
public record ModelBindInput(
    @Description("The model's slug or Hugging Face id.") @NonNull String model,
    @Description("The document's slug.") @NonNull String document,
    @NonNull BindingRole role,
    @NonNull LocalDate effectiveFrom,
    LocalDate effectiveTo,
    List<SourceInput> sources) {}
