package org.modelterms.boms.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;

/**
 * JSON as tools write it: read strictly first, so that any leniency the reader needs is reported,
 * then with the features real files call for (trailing commas, comments, single quotes, NaN).
 */
final class JsonDocuments {

  /**
   * Deeper JSON is refused before recursive readers (the schema check among them) could exhaust a
   * small thread stack; real documents nest a few levels deep.
   */
  static final int MAX_DEPTH = 256;

  private static final JsonMapper STRICT = JsonMapper.builder(factory()).build();
  private static final JsonMapper LENIENT =
      JsonMapper.builder(factory())
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .build();

  private JsonDocuments() {}

  private static JsonFactory factory() {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
        .build();
  }

  /**
   * The document's tree; a departure from strict JSON is added to {@code warnings} with its place.
   *
   * @throws BomMalformedException when even the lenient reading fails, with its line and column
   */
  static JsonNode read(byte[] document, String what, List<String> warnings) {
    try {
      JsonNode tree = STRICT.readTree(document);
      if (tree == null || tree.isMissingNode()) {
        throw new BomMalformedException(what + " is empty.", 1, 1);
      }
      return tree;
    } catch (JsonProcessingException strictFailure) {
      JsonNode tree = readLeniently(document, what);
      warnings.add(
          "Not strict JSON, read leniently: "
              + message(strictFailure)
              + place(strictFailure.getLocation())
              + ".");
      return tree;
    } catch (IOException e) {
      throw new BomMalformedException(what + " could not be read: " + e.getMessage(), null, null);
    }
  }

  private static JsonNode readLeniently(byte[] document, String what) {
    try {
      JsonNode tree = LENIENT.readTree(document);
      if (tree == null || tree.isMissingNode()) {
        throw new BomMalformedException(what + " is empty.", 1, 1);
      }
      return tree;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new BomMalformedException(
          what + " is not JSON: " + message(e) + place(at) + ".",
          at == null || at.getLineNr() < 1 ? null : at.getLineNr(),
          at == null || at.getColumnNr() < 1 ? null : at.getColumnNr());
    } catch (IOException e) {
      throw new BomMalformedException(what + " could not be read: " + e.getMessage(), null, null);
    }
  }

  /** " at line L, column C", or nothing when the parser does not tell where it stopped. */
  static String place(JsonLocation at) {
    return at == null || at.getLineNr() < 1
        ? ""
        : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  private static String message(JsonProcessingException e) {
    String original = e.getOriginalMessage();
    int newline = original.indexOf('\n');
    return newline < 0 ? original : original.substring(0, newline);
  }
}
