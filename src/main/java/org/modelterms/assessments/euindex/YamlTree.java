package org.modelterms.assessments.euindex;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML value with the line it starts on, built from Jackson's token stream. Jackson's own tree
 * forgets locations, and "class: opne" is only useful to the file's author with a line number.
 *
 * <p>The MOF package has a similar reader; this one stays separate so that the two importers can
 * evolve (and be reviewed) independently.
 */
final class YamlTree {

  enum Kind {
    MAPPING,
    SEQUENCE,
    SCALAR,
    NULL
  }

  private static final YAMLFactory YAML = new YAMLFactory();

  private final Kind kind;
  private final int line;
  private final String text;
  private final Map<String, YamlTree> fields;
  private final Map<String, Integer> keyLines;
  private final List<YamlTree> items;

  private YamlTree(
      Kind kind,
      int line,
      String text,
      Map<String, YamlTree> fields,
      Map<String, Integer> keyLines,
      List<YamlTree> items) {
    this.kind = kind;
    this.line = line;
    this.text = text;
    this.fields = fields;
    this.keyLines = keyLines;
    this.items = items;
  }

  /** Reads one YAML document; rejects empty input, syntax errors and a second document. */
  static YamlTree parse(String yamlText) {
    try (JsonParser parser = YAML.createParser(yamlText)) {
      if (parser.nextToken() == null) {
        throw new EuIndexFormatException(1, "the file is empty");
      }
      YamlTree root = read(parser);
      if (parser.nextToken() != null) {
        throw new EuIndexFormatException(
            lineOf(parser), "an index file holds one YAML document, but a second one starts here");
      }
      return root;
    } catch (StreamReadException e) {
      throw syntaxError(e);
    } catch (IOException e) {
      throw new EuIndexFormatException(0, "could not read the YAML text: " + e.getMessage(), e);
    }
  }

  /** SnakeYAML knows where a syntax problem is; Jackson's location is often a line earlier. */
  private static EuIndexFormatException syntaxError(StreamReadException e) {
    if (e.getCause() instanceof MarkedYAMLException) {
      MarkedYAMLException yaml = (MarkedYAMLException) e.getCause();
      Mark problemMark = yaml.getProblemMark();
      Mark contextMark = yaml.getContextMark();
      String problem = yaml.getProblem() == null ? "syntax error" : yaml.getProblem();
      if (yaml.getContext() != null) {
        problem += " (" + yaml.getContext();
        if (contextMark != null) {
          problem += " that starts on line " + (contextMark.getLine() + 1);
        }
        problem += ")";
      }
      int line = problemMark == null ? 0 : problemMark.getLine() + 1;
      return new EuIndexFormatException(line, "not valid YAML: " + problem, e);
    }
    int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    return new EuIndexFormatException(
        line, "not valid YAML: " + firstLine(e.getOriginalMessage()), e);
  }

  private static YamlTree read(JsonParser parser) throws IOException {
    int line = lineOf(parser);
    if (parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
      // Jackson hands over an alias's name instead of the value it stands for.
      throw new EuIndexFormatException(line, "YAML aliases (*name) are not supported");
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        return readMapping(parser, line);
      case START_ARRAY:
        return readSequence(parser, line);
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
        // Numbers and booleans keep the text as written: a model named "1.5" stays "1.5".
        return new YamlTree(Kind.SCALAR, line, parser.getText(), Map.of(), Map.of(), List.of());
      case VALUE_NULL:
        return new YamlTree(Kind.NULL, line, null, Map.of(), Map.of(), List.of());
      default:
        throw new EuIndexFormatException(line, "unexpected YAML content (" + token + ")");
    }
  }

  private static YamlTree readMapping(JsonParser parser, int line) throws IOException {
    Map<String, YamlTree> fields = new LinkedHashMap<>();
    Map<String, Integer> keyLines = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int keyLine = lineOf(parser);
      if (fields.containsKey(key)) {
        // YAML forbids duplicate keys; silently taking one could show a rating nobody meant.
        throw new EuIndexFormatException(
            keyLine,
            "the key '" + key + "' appears twice (first on line " + keyLines.get(key) + ")");
      }
      parser.nextToken();
      keyLines.put(key, keyLine);
      fields.put(key, read(parser));
    }
    return new YamlTree(
        Kind.MAPPING,
        line,
        null,
        Collections.unmodifiableMap(fields),
        Collections.unmodifiableMap(keyLines),
        List.of());
  }

  private static YamlTree readSequence(JsonParser parser, int line) throws IOException {
    List<YamlTree> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(read(parser));
    }
    return new YamlTree(Kind.SEQUENCE, line, null, Map.of(), Map.of(), List.copyOf(items));
  }

  private static int lineOf(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    String trimmed = message.strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
  }

  Kind kind() {
    return kind;
  }

  boolean isNull() {
    return kind == Kind.NULL;
  }

  int line() {
    return line;
  }

  /** A scalar's text as written; null for a YAML null. */
  String text() {
    return text;
  }

  /** A mapping's entries in file order. */
  Map<String, YamlTree> fields() {
    return fields;
  }

  /** The line a mapping's key is written on (the mapping's own line if the key is absent). */
  int keyLine(String key) {
    Integer keyLine = keyLines.get(key);
    return keyLine == null ? line : keyLine;
  }

  List<YamlTree> items() {
    return items;
  }

  /** How the value reads in an error message: "a mapping", "a list"... */
  String describe() {
    switch (kind) {
      case MAPPING:
        return "a mapping";
      case SEQUENCE:
        return "a list";
      case SCALAR:
        return "the text '" + text + "'";
      default:
        return "empty";
    }
  }
}
