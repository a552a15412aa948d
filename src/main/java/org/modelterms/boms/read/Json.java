package org.modelterms.boms.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;

/** Null-tolerant reads of a JSON tree, as loose documents need them. */
final class Json {

  private Json() {}

  /** The trimmed text of a field that is a string or a number, or null (missing, null, blank). */
  static String text(JsonNode node, String field) {
    return text(node == null ? null : node.get(field));
  }

  static String text(JsonNode value) {
    if (value == null || !(value.isTextual() || value.isNumber() || value.isBoolean())) {
      return null;
    }
    String text = value.asText().trim();
    return text.isEmpty() ? null : text;
  }

  /** The elements of an array; a single value counts as one element, a missing one as none. */
  static List<JsonNode> items(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (node.isArray()) {
      return StreamSupport.stream(node.spliterator(), false).toList();
    }
    return List.of(node);
  }
}
