package org.modelterms.models;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.modelterms.models.api.Model;
import org.modelterms.models.api.OsaidNote;
import org.modelterms.shared.guard.RegistryApi;
import org.modelterms.sources.CitationSubject;
import org.modelterms.sources.SourceQueries;
import org.modelterms.sources.api.Citation;

/**
 * A model's note on why its OSAID verdict differs from a published assessment: the text comes with
 * the model's row; its sources take one query for all the notes of a page.
 */
@GraphQLApi
@RegistryApi
public class OsaidNoteFieldsGraphQL {

  @Inject SourceQueries sources;

  @Description(
      "Why the registry's OSAID verdict differs from the OSI's published validation, where it"
          + " does; null otherwise.")
  public List<OsaidNote> osaidNote(@Source List<Model> models) {
    return models.stream()
        .map(m -> m.osaidNoteText() == null ? null : new OsaidNote(m.key(), m.osaidNoteText()))
        .toList();
  }

  @Name("sources")
  @Description("The sources of the note.")
  @NonNull
  public List<@NonNull List<@NonNull Citation>> noteSources(@Source List<OsaidNote> notes) {
    Map<Long, List<Citation>> cited =
        sources.citations(
            CitationSubject.MODEL, notes.stream().map(OsaidNote::modelKey).distinct().toList());
    return notes.stream()
        .map(
            n ->
                cited.getOrDefault(n.modelKey(), List.of()).stream()
                    .filter(c -> OsaidNotes.FIELD.equals(c.field()))
                    .toList())
        .toList();
  }
}
