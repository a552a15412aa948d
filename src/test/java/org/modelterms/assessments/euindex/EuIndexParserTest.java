package org.modelterms.assessments.euindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The parser on small inline files: what it reads, tolerates and rejects. */
class EuIndexParserTest {

  private static final EuIndexParser PARSER = new EuIndexParser();

  /** A complete, valid file in the shape of the real ones. */
  static final String VALID =
      """
      ---
      # A comment, as every real file starts with.
      system:
          name: Test Model
          link: https://huggingface.co/owner/test-model
          type: text,code
          performanceclass: full
          basemodelname: Test-Base
          endmodelname: Test-Instruct
          endmodellicense: Apache-2.0
          releasedate: 2024-07
          notes: A test entry.

      org:
          name: Test Org
          link: ["https://example.org/", "https://example.com/"]
          notes:

      # availability:
      datasources_basemodel:
          class: open
          link: https://example.org/data
          notes: Data released.

      datasources_endmodel:
          class: partial
          link: ["https://example.org/a", "https://example.org/b"]
          notes:

      weights_basemodel:
          class: open
          link: https://huggingface.co/owner/test-base/tree/main
          notes:

      weights_endmodel:
          class: closed
          link:
          notes:

      trainingcode:
          class:
          link:
          notes: Empty class.

      # documentation:
      code:
          class: closed
          link:
          notes:

      hardware_architecture:
          class: closed
          link:
          notes:

      preprint:
          class: closed
          link:
          notes:

      paper:
          class: closed
          link:
          notes:

      modelcard:
          class: closed
          link:
          notes:

      datasheet:
          class: closed
          link:
          notes:

      # access:
      licenses:
          class: open
          link: https://huggingface.co/owner/test-model
          notes: Apache 2.0
      """;

  @Test
  void readsAValidFile() {
    EuIndexEntry entry = PARSER.parse("test.yaml", VALID);

    assertThat(entry.fileName()).isEqualTo("test.yaml");
    assertThat(entry.system().name()).isEqualTo("Test Model");
    assertThat(entry.system().types()).containsExactly("text", "code");
    assertThat(entry.system().releaseDate().yearMonth()).isEqualTo(YearMonth.of(2024, 7));
    assertThat(entry.org().links()).containsExactly("https://example.org/", "https://example.com/");
    assertThat(entry.org().notes()).isNull();
    assertThat(entry.rating(EuIndexDimension.DATASOURCES_BASEMODEL))
        .isEqualTo(
            new EuIndexEntry.Rating(
                OpennessClass.OPEN,
                java.util.List.of("https://example.org/data"),
                "Data released."));
    assertThat(entry.rating(EuIndexDimension.DATASOURCES_ENDMODEL).links()).hasSize(2);
    assertThat(entry.rating(EuIndexDimension.WEIGHTS_ENDMODEL).links()).isEmpty();
    assertThat(entry.huggingFaceRepos()).containsExactly("owner/test-model", "owner/test-base");
  }

  // ---- not applicable ----

  @Test
  void emptyClassIsNotApplicable() {
    EuIndexEntry.Rating rating =
        PARSER.parse("test.yaml", VALID).rating(EuIndexDimension.TRAINING_CODE);

    assertThat(rating.cls()).isEqualTo(OpennessClass.NOT_APPLICABLE);
    assertThat(rating.notes()).isEqualTo("Empty class.");
  }

  @Test
  void quotedEmptyOrMissingClassIsNotApplicable() {
    String quoted = replace(VALID, "paper:\n    class: closed", "paper:\n    class: ''");
    String missing = replace(VALID, "paper:\n    class: closed\n", "paper:\n");

    assertThat(PARSER.parse("q.yaml", quoted).rating(EuIndexDimension.PAPER).cls())
        .isEqualTo(OpennessClass.NOT_APPLICABLE);
    assertThat(PARSER.parse("m.yaml", missing).rating(EuIndexDimension.PAPER).cls())
        .isEqualTo(OpennessClass.NOT_APPLICABLE);
  }

  @Test
  void emptyDimensionIsNotApplicable() {
    String text = replace(VALID, "paper:\n    class: closed\n    link:\n    notes:\n", "paper:\n");

    EuIndexEntry.Rating rating = PARSER.parse("test.yaml", text).rating(EuIndexDimension.PAPER);

    assertThat(rating)
        .isEqualTo(
            new EuIndexEntry.Rating(OpennessClass.NOT_APPLICABLE, java.util.List.of(), null));
  }

  // ---- tolerated variations ----

  @Test
  void classIgnoresCaseAndBlanks() {
    String text = replace(VALID, "paper:\n    class: closed", "paper:\n    class: ' Partial '");

    assertThat(PARSER.parse("test.yaml", text).rating(EuIndexDimension.PAPER).cls())
        .isEqualTo(OpennessClass.PARTIAL);
  }

  @Test
  void toleratesCrlfByteOrderMarkAndTheEndModelLicenseVariant() {
    String text =
        "\uFEFF"
            + replace(VALID, "endmodellicense: Apache-2.0", "endmodel license: MIT")
                .replace("\n", "\r\n");

    EuIndexEntry entry = PARSER.parse("test.yaml", text);

    assertThat(entry.system().endModelLicense()).isEqualTo("MIT");
    assertThat(entry.ignoredKeys()).isEmpty();
  }

  @Test
  void keepsUnknownSystemAndOrgKeysVisible() {
    String text =
        replace(VALID, "    notes: A test entry.\n", "    notes: A test entry.\n    size: 7B\n");
    text = replace(text, "    name: Test Org\n", "    name: Test Org\n    country: NL\n");

    assertThat(PARSER.parse("test.yaml", text).ignoredKeys())
        .containsExactly(
            "system.size (line " + lineOf(text, "size: 7B") + ")",
            "org.country (line " + lineOf(text, "country: NL") + ")");
  }

  @Test
  void releaseDateShapes() {
    assertThat(EuIndexEntry.ReleaseDate.of("2024 NOV").yearMonth())
        .isEqualTo(YearMonth.of(2024, 11));
    assertThat(EuIndexEntry.ReleaseDate.of("2023 march").yearMonth())
        .isEqualTo(YearMonth.of(2023, 3));
    EuIndexEntry.ReleaseDate day = EuIndexEntry.ReleaseDate.of("2024-07-15");
    assertThat(day.date()).isEqualTo(LocalDate.of(2024, 7, 15));
    assertThat(day.yearMonth()).isEqualTo(YearMonth.of(2024, 7));
    EuIndexEntry.ReleaseDate vague = EuIndexEntry.ReleaseDate.of("mid 2023");
    assertThat(vague.raw()).isEqualTo("mid 2023");
    assertThat(vague.parsedYearMonth()).isEmpty();
    assertThat(vague.parsedDate()).isEmpty();

    // An unquoted year is a YAML number; it is kept as written, not rejected.
    String year = replace(VALID, "releasedate: 2024-07", "releasedate: 2024");
    EuIndexEntry.ReleaseDate read = PARSER.parse("test.yaml", year).system().releaseDate();
    assertThat(read.raw()).isEqualTo("2024");
    assertThat(read.yearMonth()).isNull();
  }

  // ---- rejected, with the line ----

  @Test
  void rejectsTextThatIsNotYaml() {
    // An unquoted ": " inside a value: a common slip in hand-written notes.
    String text = replace(VALID, "    notes: A test entry.", "    notes: Note: unquoted");

    assertRejected(text, lineOf(text, "Note: unquoted"), "not valid YAML");
  }

  @Test
  void anUnclosedQuoteIsReportedWhereYamlNoticesIt() {
    // The quoted text runs on to the next quote, three lines later: that is where YAML fails.
    String text = replace(VALID, "    notes: A test entry.", "    notes: \"unclosed");

    assertRejected(text, lineOf(text, "link: [\"https://example.org/\""), "not valid YAML");
  }

  @Test
  void rejectsBadIndentation() {
    String text = replace(VALID, "    type: text,code", "  type: text,code");

    assertRejected(text, lineOf(text, "  type: text,code"), "not valid YAML");
  }

  @Test
  void rejectsAMissingSystemName() {
    String text = replace(VALID, "    name: Test Model\n", "");

    assertRejected(text, lineOf(text, "system:"), "'system.name' is missing or empty");
  }

  @Test
  void rejectsAnEmptySystemName() {
    String text = replace(VALID, "    name: Test Model", "    name:");

    assertRejected(text, lineOf(text, "    name:"), "'system.name' is missing or empty");
  }

  @Test
  void rejectsAnUnknownClass() {
    String text = replace(VALID, "paper:\n    class: closed", "paper:\n    class: opne");

    assertRejected(text, lineOf(text, "class: opne"), "'paper.class' is 'opne'; expected open");
  }

  @Test
  void rejectsAnEmojiClass() {
    String text =
        replace(VALID, "paper:\n    class: closed", "paper:\n    class: \uD83D\uDFE9 open");

    assertRejected(text, lineOf(text, "open", "paper:"), "'paper.class' is");
  }

  @Test
  void rejectsAClassThatIsAList() {
    String text = replace(VALID, "paper:\n    class: closed", "paper:\n    class: [open]");

    assertRejected(text, lineOf(text, "class: [open]"), "'paper.class' should be text");
  }

  @Test
  void rejectsARatingThatIsNotAMapping() {
    String text =
        replace(VALID, "paper:\n    class: closed\n    link:\n    notes:\n", "paper: open\n");

    assertRejected(text, lineOf(text, "paper: open"), "'paper' should be a mapping");
  }

  @Test
  void rejectsAMisspeltRatingKey() {
    String text = replace(VALID, "paper:\n    class: closed", "paper:\n    clas: closed");

    assertRejected(text, lineOf(text, "clas: closed"), "'paper' has an unknown key 'clas'");
  }

  @Test
  void rejectsAMisspeltDimension() {
    String text = replace(VALID, "datasheet:", "datasheets:");

    assertRejected(text, lineOf(text, "datasheets:"), "unknown key 'datasheets'");
  }

  @Test
  void rejectsAMissingDimension() {
    String text = replace(VALID, "paper:\n    class: closed\n    link:\n    notes:\n", "");

    assertRejected(text, 0, "the dimension 'paper' is missing");
  }

  @Test
  void rejectsADuplicateKey() {
    String text =
        replace(VALID, "paper:\n    class: closed", "paper:\n    class: closed\n    class: open");

    assertRejected(text, lineOf(text, "class: open", "paper:"), "'class' appears twice");
  }

  @Test
  void rejectsALinkThatIsAMapping() {
    String text =
        replace(
            VALID,
            "    link: https://example.org/data",
            "    link:\n        url: https://example.org/data");

    assertRejected(
        text, lineOf(text, "    link:", "datasources_basemodel:"), "should be a URL or a list");
  }

  @Test
  void rejectsASystemThatIsAList() {
    String text = "system: [a, b]\n" + VALID.substring(VALID.indexOf("org:"));

    assertRejected(text, 1, "'system' should be a mapping, but is a list");
  }

  @Test
  void rejectsBothEndModelLicenseSpellings() {
    String text =
        replace(
            VALID,
            "endmodellicense: Apache-2.0",
            "endmodellicense: Apache-2.0\n    endmodel license: MIT");

    assertRejected(text, lineOf(text, "endmodel license"), "keep one");
  }

  @Test
  void rejectsAFileThatIsNotAMapping() {
    assertRejected("- system\n- org\n", 1, "should be a mapping");
  }

  @Test
  void rejectsAnEmptyFile() {
    assertRejected("# only a comment\n", 1, "the file is empty");
  }

  @Test
  void rejectsASecondDocument() {
    String text = VALID + "---\nsystem:\n    name: Other\n";

    // Jackson reports the second document's first key, the line after its "---".
    assertRejected(text, lineOf(text, "system:", "notes: Apache 2.0"), "second one");
  }

  // ---- helpers ----

  private static void assertRejected(String text, int line, String problem) {
    assertThatThrownBy(() -> PARSER.parse("bad.yaml", text))
        .isInstanceOfSatisfying(
            EuIndexFormatException.class,
            e -> {
              assertThat(e.problem()).contains(problem);
              assertThat(e.line()).as("line of: " + e.getMessage()).isEqualTo(line);
            });
  }

  /** Replaces text that must occur exactly once, so that a test cannot silently test nothing. */
  static String replace(String text, String old, String replacement) {
    int at = text.indexOf(old);
    assertThat(at).as("'%s' occurs in the text", old).isNotNegative();
    assertThat(text.indexOf(old, at + 1)).as("'%s' occurs only once", old).isNegative();
    return text.substring(0, at) + replacement + text.substring(at + old.length());
  }

  /** The 1-based line of the first line containing {@code needle}. */
  static int lineOf(String text, String needle) {
    return lineOf(text, needle, "");
  }

  /**
   * The 1-based line of the first line containing {@code needle} after the one with {@code after}.
   */
  static int lineOf(String text, String needle, String after) {
    String[] lines = text.split("\r?\n", -1);
    int start = 0;
    if (!after.isEmpty()) {
      while (!lines[start].contains(after)) {
        start++;
      }
      start++;
    }
    for (int i = start; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError("'" + needle + "' is not in the text");
  }
}
