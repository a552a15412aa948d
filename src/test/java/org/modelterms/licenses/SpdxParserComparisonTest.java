package org.modelterms.licenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.modelterms.dataset.DatasetFiles;
import org.spdx.library.LicenseInfoFactory;

/**
 * Runs our parser and {@code java-spdx-library}'s over the same texts. It is the record of why we
 * keep our own (decision 0002): the two agree on every well-formed expression up to the order and
 * repetition of terms, which the library does not keep, and the library accepts malformed
 * expressions the specification forbids. Should a library upgrade change that, these tests say so.
 */
class SpdxParserComparisonTest {

  private static final SpdxLicenseList LIST = SpdxLicenseList.bundled();
  private static final Function<String, SpdxExpression> OURS = SpdxExpression::parse;
  private static final Function<String, SpdxExpression> LIBRARY = SpdxLibraryParser::parse;

  /** Ways the library accepts what the specification (and our parser) refuses. */
  enum Leniency {
    /** {@code "MIT +"}, {@code "+ MIT"}, {@code "MIT AND ++ BSD"}: "+" follows its id directly. */
    DETACHED_PLUS,
    /** {@code "LicenseRef-x+"}: "+" belongs to listed licences only. */
    PLUS_AFTER_LICENSE_REF,
    /** {@code "LicenseRef-a@b"}: ids are letters, digits, '.' and '-'. */
    ILLEGAL_CHARACTER;

    static Leniency of(String text) {
      List<String> tokens =
          Arrays.stream(text.split("[\\s()]+")).filter(t -> !t.isEmpty()).toList();
      if (tokens.stream().anyMatch(t -> t.startsWith("+") || t.contains("++"))) {
        return DETACHED_PLUS;
      }
      if (tokens.stream().anyMatch(t -> !t.matches("[A-Za-z0-9.:+-]+"))) {
        return ILLEGAL_CHARACTER;
      }
      if (tokens.stream().anyMatch(t -> t.matches("(?i).*LicenseRef-.*\\+"))) {
        return PLUS_AFTER_LICENSE_REF;
      }
      return null;
    }
  }

  @Test
  void theLibraryReadsTheSameListFromItsJarWithoutTheNetwork() {
    SpdxLibraryParser.parse("MIT");
    assertThat(System.getProperty(SpdxLibraryParser.OFFLINE)).isEqualTo("true");
    assertThat(LicenseInfoFactory.getLicenseListVersion()).isEqualTo(LIST.version());
  }

  @Test
  void datasetAndListExpressionsParseAlikeUpToTheOrderOfTerms() {
    List<String> texts = datasetExpressions();
    LIST.licenses().forEach(l -> texts.add(l.licenseId()));
    LIST.licenses().stream()
        .map(SpdxLicenseList.ListedLicense::licenseId)
        .filter(id -> !id.endsWith("+"))
        .forEach(id -> texts.add(id + "+"));
    LIST.exceptionsByLowerId().values().forEach(x -> texts.add("GPL-2.0-only WITH " + x));

    assertThat(disagreements(texts, ExpressionShape::unordered)).isEmpty();
    assertThat(texts).hasSizeGreaterThan(LIST.licenses().size() * 2);
  }

  @Test
  void generatedExpressionsParseAlikeUpToTheOrderAndRepetitionOfTerms() {
    ExpressionGenerator generator = generator(16);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      texts.add(generator.text(generator.expression()));
    }

    assertThat(disagreements(texts, ExpressionShape::unordered)).isEmpty();
    assertThat(texts).allMatch(t -> !ExpressionShape.unordered(OURS, t).equals("rejected"));
    // The order matters to us: the canonical text we store keeps the terms as the editor wrote
    // them.
    assertThat(disagreements(texts, ExpressionShape::ordered)).hasSizeGreaterThan(texts.size() / 3);
  }

  @Test
  void theLibraryDropsTheOrderAndRepetitionOfTerms() {
    assertThat(ExpressionShape.ordered(LIBRARY, "Apache-2.0 AND BSD-3-Clause"))
        .isEqualTo("(bsd-3-clause AND apache-2.0)");
    assertThat(ExpressionShape.ordered(OURS, "Apache-2.0 AND BSD-3-Clause"))
        .isEqualTo("(apache-2.0 AND bsd-3-clause)");
    assertThat(SpdxLibraryParser.parse("MIT AND MIT AND Apache-2.0").licenseIds()).hasSize(2);
    assertThat(((SpdxExpression.And) SpdxLibraryParser.parse("MIT AND MIT AND Apache-2.0")).terms())
        .hasSize(2);
  }

  @Test
  void malformedExpressionsOurParserRefusesTheLibraryOftenAccepts() {
    ExpressionGenerator generator = generator(61);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      texts.add(generator.text(generator.malformed()));
    }
    Map<String, String> disagreements = disagreements(texts, ExpressionShape::unordered);

    Map<Leniency, Integer> counts = new EnumMap<>(Leniency.class);
    disagreements.forEach(
        (text, verdicts) -> {
          assertThat(verdicts).as(text).startsWith("ours: rejected | library: ");
          Leniency leniency = Leniency.of(text);
          assertThat(leniency)
              .as("an unexplained difference on [%s]: %s", text, verdicts)
              .isNotNull();
          counts.merge(leniency, 1, Integer::sum);
        });
    assertThat(counts).containsOnlyKeys(Leniency.values());
  }

  @Test
  void theLibraryAcceptsWhatTheSpecificationForbids() {
    for (String text :
        List.of(
            "MIT and Apache-2.0",
            "MIT or Apache-2.0",
            "GPL-2.0-only with Classpath-exception-2.0",
            "MIT +",
            "+ MIT",
            "(MIT) +",
            "LicenseRef-x+",
            "LicenseRef-a@b",
            "LicenseRef-a_b",
            "GPL-2.0-only WITH Classpath-exception-2.0_")) {
      assertThatThrownBy(() -> SpdxExpression.parse(text)).as(text);
      assertThat(SpdxLibraryParser.parse(text)).as(text).isNotNull();
    }
  }

  @Test
  void theLibraryRefusesUnknownIdsAsSyntaxAndSaysNotWhere() {
    // The API answers UNKNOWN_LICENSE here, not INVALID_LICENSE_EXPRESSION (InvalidInputTest).
    assertThat(SpdxExpression.parse("Apache-2.0 OR Not-A-Licence").licenseIds())
        .containsExactly("Apache-2.0", "Not-A-Licence");
    assertThatThrownBy(() -> SpdxLibraryParser.parse("Apache-2.0 OR Not-A-Licence"))
        .hasMessageContaining("Unknown license Not-A-Licence");

    assertThatThrownBy(() -> SpdxExpression.parse("MIT Apache-2.0"))
        .hasMessageContaining("at character 5");
    assertThatThrownBy(() -> SpdxLibraryParser.parse("MIT Apache-2.0"))
        .hasMessageNotContaining("character");
  }

  private static Map<String, String> disagreements(
      List<String> texts, BiFunction<Function<String, SpdxExpression>, String, String> shape) {
    Map<String, String> found = new LinkedHashMap<>();
    for (String text : texts) {
      String ours = shape.apply(OURS, text);
      String library = shape.apply(LIBRARY, text);
      if (!ours.equals(library)) {
        found.put(text, "ours: " + ours + " | library: " + library);
      }
    }
    return found;
  }

  private static ExpressionGenerator generator(long seed) {
    return new ExpressionGenerator(
        seed,
        LIST.licenses().stream()
            .map(SpdxLicenseList.ListedLicense::licenseId)
            .filter(id -> !id.endsWith("+"))
            .toList(),
        List.copyOf(LIST.exceptionsByLowerId().values()));
  }

  private static List<String> datasetExpressions() {
    List<String> texts = new ArrayList<>();
    DatasetFiles.Dataset dataset = DatasetFiles.bundled();
    dataset.documents().stream()
        .map(DatasetFiles.Document::license)
        .filter(l -> l != null)
        .forEach(texts::add);
    for (DatasetFiles.Model m : dataset.models()) {
      if (m.licenseExpression() != null) {
        texts.add(m.licenseExpression());
      }
      if (m.components() != null) {
        m.components().stream()
            .map(DatasetFiles.Component::license)
            .filter(l -> l != null)
            .forEach(texts::add);
      }
    }
    assertThat(texts).isNotEmpty();
    return texts;
  }
}
