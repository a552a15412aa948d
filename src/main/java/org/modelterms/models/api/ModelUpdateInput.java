package org.modelterms.models.api;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.models.BaseRelation;
import org.modelterms.models.Modality;

@Input("ModelUpdateInput")
@Description("Changes to a model; fields left out (or null) keep their value.")
public record ModelUpdateInput(
    @Description("The model's slug or Hugging Face id.") @NonNull String model,
    @Description("If given, the update is refused with CONFLICT unless this is still the revision.")
        Integer expectedRevision,
    String name,
    String huggingFaceId,
    @Description("The provider's slug.") String provider,
    LocalDate releasedOn,
    Long parameterCount,
    Modality modality,
    String description,
    String licenseExpression,
    @Description("The base model's slug or Hugging Face id.") String baseModel,
    BaseRelation baseRelation,
    @Description(
            "Replaces the note on why the registry's OSAID verdict differs from a published"
                + " assessment, and its sources; an empty text removes both.")
        OsaidNoteInput osaidNote) {}
