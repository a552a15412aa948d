package org.modelterms.models.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.models.BaseRelation;
import org.modelterms.models.Modality;
import org.modelterms.sources.api.SourceInput;

@Input("ModelRegisterInput")
public record ModelRegisterInput(
    @Description("Lowercase words joined by '-' or '.', unique.") @NonNull String slug,
    @NonNull String name,
    @Description("\"owner/name\"; unique, ignoring case.") String huggingFaceId,
    @Description("The provider's slug.") @NonNull String provider,
    LocalDate releasedOn,
    Long parameterCount,
    Modality modality,
    String description,
    @Description("The licence of the model as distributed, as an SPDX expression.")
        String licenseExpression,
    @Description("The base model's slug or Hugging Face id.") String baseModel,
    @Description("Required with baseModel.") BaseRelation baseRelation,
    List<ComponentInput> components,
    @Description("Why the registry's OSAID verdict differs from a published assessment.")
        OsaidNoteInput osaidNote,
    @Description("Where the facts about this model come from.") List<SourceInput> sources) {}
