package org.modelterms.assessments.yaml;

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
 * A YAML value together with the line it starts on. Jackson's own tree forgets locations, and a
 * problem in a data file is only useful to its author with a line number, so the parser builds this
 * small tree from Jackson's token stream instead. Shared by the Model Openness Tool and the
 * European Open Source AI Index readers.
 */
public final class YamlNode {

  public enum Kind {
    MAPPING,
    SEQUENCE,
    TEXT,
    NUMBER,
    BOOLEAN,
    NULL
  }

  // "license:" with no value must read as null (as in the MOT's PHP), distinct from "license: ''".
  private static final YAMLFactory YAML =
      YAMLFactory.builder().enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();

  private final Kind kind;
  private final int line;
  private final String text;
  private final Map<String, YamlNode> fields;
  private final Map<String, Integer> keyLines;
  private final List<YamlNode> items;

  private YamlNode(
      Kind kind,
      int line,
      String text,
      Map<String, YamlNode> fields,
      Map<String, Integer> keyLines,
      List<YamlNode> items) {
    this.kind = kind;
    this.line = line;
    this.text = text;
    this.fields = fields;
    this.keyLines = keyLines;
    this.items = items;
  }

  /** Reads a whole YAML document; rejects empty input, syntax errors and several documents. */
  public static YamlNode parse(String yamlText) {
    try (JsonParser parser = YAML.createParser(yamlText)) {
      if (parser.nextToken() == null) {
        throw new YamlFormatException(1, "the file is empty");
      }
      YamlNode root = read(parser);
      if (parser.nextToken() != null) {
        throw new YamlFormatException(
            lineOf(parser), "the file holds one YAML document, but a second one starts here");
      }
      return root;
    } catch (StreamReadException e) {
      throw syntaxError(e);
    } catch (IOException e) {
      throw new YamlFormatException(0, "could not read the YAML text: " + e.getMessage(), e);
    }
  }

  /**
   * SnakeYAML knows where the problem is; Jackson's own location is where its reader had got to,
   * often a line earlier.
   */
  private static YamlFormatException syntaxError(StreamReadException e) {
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
      return new YamlFormatException(line, "not valid YAML: " + problem, e);
    }
    int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    return new YamlFormatException(line, "not valid YAML: " + firstLine(e.getOriginalMessage()), e);
  }

  private static YamlNode read(JsonParser parser) throws IOException {
    int line = lineOf(parser);
    if (parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
      // Jackson hands over an alias's name instead of the value it stands for.
      throw new YamlFormatException(line, "YAML aliases (*name) are not supported");
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        return readMapping(parser, line);
      case START_ARRAY:
        return readSequence(parser, line);
      case VALUE_STRING:
        return scalar(Kind.TEXT, line, parser.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return scalar(Kind.NUMBER, line, parser.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return scalar(Kind.BOOLEAN, line, parser.getText());
      case VALUE_NULL:
        return scalar(Kind.NULL, line, null);
      default:
        throw new YamlFormatException(line, "unexpected YAML content (" + token + ")");
    }
  }

  private static YamlNode readMapping(JsonParser parser, int line) throws IOException {
    Map<String, YamlNode> fields = new LinkedHashMap<>();
    Map<String, Integer> keyLines = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int keyLine = lineOf(parser);
      if (fields.containsKey(key)) {
        // YAML forbids duplicate keys; taking either silently could hide the value meant.
        throw new YamlFormatException(
            keyLine,
            "the key '" + key + "' appears twice (first on line " + keyLines.get(key) + ")");
      }
      parser.nextToken();
      keyLines.put(key, keyLine);
      fields.put(key, read(parser));
    }
    return new YamlNode(
        Kind.MAPPING,
        line,
        null,
        Collections.unmodifiableMap(fields),
        Collections.unmodifiableMap(keyLines),
        List.of());
  }

  private static YamlNode readSequence(JsonParser parser, int line) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(read(parser));
    }
    return new YamlNode(Kind.SEQUENCE, line, null, Map.of(), Map.of(), List.copyOf(items));
  }

  private static YamlNode scalar(Kind kind, int line, String text) {
    return new YamlNode(kind, line, text, Map.of(), Map.of(), List.of());
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

  /** Whether this is YAML null (written as nothing, "~" or "null"). */
  public boolean isNull() {
    return kind == Kind.NULL;
  }

  /** Whether this is text, a number or a boolean; all keep the text as written. */
  public boolean isScalar() {
    return kind == Kind.TEXT || kind == Kind.NUMBER || kind == Kind.BOOLEAN;
  }

  public Kind kind() {
    return kind;
  }

  public int line() {
    return line;
  }

  /** The scalar's text (null for a YAML null; for numbers and booleans, the text as written). */
  public String text() {
    return text;
  }

  /** A mapping's entries in file order. */
  public Map<String, YamlNode> fields() {
    return fields;
  }

  /** The line a mapping's key is written on. */
  public int keyLine(String key) {
    Integer keyLine = keyLines.get(key);
    return keyLine == null ? line : keyLine;
  }

  public List<YamlNode> items() {
    return items;
  }

  /** How the kind reads in an error message: "a mapping", "a list", "text"... */
  public String describe() {
    switch (kind) {
      case MAPPING:
        return "a mapping";
      case SEQUENCE:
        return "a list";
      case TEXT:
        return "text";
      case NUMBER:
        return "a number (" + text + ")";
      case BOOLEAN:
        return "a true/false value (" + text + ")";
      default:
        return "nothing (null)";
    }
  }
}
