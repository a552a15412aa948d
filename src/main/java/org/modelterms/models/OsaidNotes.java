package org.modelterms.models;

import java.util.List;
import org.modelterms.models.api.OsaidNoteInput;
import org.modelterms.shared.errors.Problems;
import org.modelterms.shared.errors.UserErrorCode;
import org.modelterms.sources.CitationSubject;
import org.modelterms.sources.SourceEditor;
import org.modelterms.sources.api.SourceInput;

/**
 * The note on why a model's OSAID verdict differs from a published assessment. Its sources are the
 * model's citations for the field {@value #FIELD}, replaced with the note, so that the text and its
 * sources never disagree.
 */
final class OsaidNotes {

  static final String FIELD = "osaidNote";

  /** A checked note: null text removes it. */
  record Checked(String text, List<SourceInput> sources) {}

  private OsaidNotes() {}

  /** Null when no note was given (the model keeps its own). */
  static Checked check(OsaidNoteInput input, SourceEditor sources, Problems problems) {
    if (input == null) {
      return null;
    }
    String text = problems.optionalText(input.text(), 5000, "input", "osaidNote", "text");
    List<SourceInput> cited = input.sources() == null ? List.of() : input.sources();
    if (text != null && cited.isEmpty()) {
      problems.add(
          UserErrorCode.REQUIRED,
          "A note on the OSAID verdict needs at least one source.",
          "input",
          "osaidNote",
          "sources");
    }
    if (text == null && !cited.isEmpty()) {
      problems.add(
          UserErrorCode.REQUIRED,
          "Sources need the note they support; give no sources to remove the note.",
          "input",
          "osaidNote",
          "text");
    }
    sources.validate(cited, problems, "input", "osaidNote", "sources");
    return new Checked(
        text, cited.stream().filter(s -> s != null).map(s -> s.forField(FIELD)).toList());
  }

  /** Cites the note's sources for a model whose row holds the note already. */
  static void cite(ModelEntity model, Checked note, SourceEditor sources, boolean replace) {
    if (note == null) {
      return;
    }
    if (replace) {
      sources.uncite(CitationSubject.MODEL, model.id, FIELD);
    }
    sources.cite(CitationSubject.MODEL, model.id, note.sources());
  }
}
