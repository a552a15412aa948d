package org.modelterms.models.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.sources.api.SourceInput;

@Input("OsaidNoteInput")
@Description(
    "Why the registry's OSAID verdict differs from a published assessment, with its sources."
        + " Replaces the note and its sources; an empty text removes both.")
public record OsaidNoteInput(
    @Description("Up to 5000 characters; empty to remove the note.") @NonNull String text,
    @Description("At least one, unless the text is empty.") List<SourceInput> sources) {}
