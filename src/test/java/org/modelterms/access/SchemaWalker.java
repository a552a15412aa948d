package org.modelterms.access;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds, from the served schema's introspection, one syntactically and type-correct call of every
 * mutation: each required argument and input field gets a placeholder of its type, so that the
 * request passes validation and reaches the server's access check.
 */
final class SchemaWalker {

  static final String INTROSPECTION =
      """
      { __schema {
          mutationType { fields { name args { name type { ...T } } } }
          types { name kind enumValues { name } inputFields { name type { ...T } } }
      } }
      fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
      """;

  private final Map<String, Map<String, Object>> types = new TreeMap<>();
  private final List<Map<String, Object>> mutations;

  SchemaWalker(JsonPath introspection) {
    for (Map<String, Object> type :
        introspection.<Map<String, Object>>getList("data.__schema.types")) {
      types.put((String) type.get("name"), type);
    }
    mutations = introspection.getList("data.__schema.mutationType.fields");
  }

  /** Mutation name → a document calling it with placeholder arguments. */
  Map<String, String> mutationCalls() {
    Map<String, String> calls = new TreeMap<>();
    for (Map<String, Object> mutation : mutations) {
      String name = (String) mutation.get("name");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> args = (List<Map<String, Object>>) mutation.get("args");
      String arguments =
          args.stream()
              .filter(a -> isRequired(type(a)))
              .map(a -> a.get("name") + ": " + value(type(a)))
              .collect(Collectors.joining(", "));
      calls.put(
          name,
          "mutation { "
              + name
              + (arguments.isEmpty() ? "" : "(" + arguments + ")")
              + " { __typename } }");
    }
    return calls;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> type(Map<String, Object> field) {
    return (Map<String, Object>) field.get("type");
  }

  private static boolean isRequired(Map<String, Object> type) {
    return "NON_NULL".equals(type.get("kind"));
  }

  @SuppressWarnings("unchecked")
  private String value(Map<String, Object> type) {
    String kind = (String) type.get("kind");
    if (kind.equals("NON_NULL")) {
      return value((Map<String, Object>) type.get("ofType"));
    }
    if (kind.equals("LIST")) {
      return "[]";
    }
    String name = (String) type.get("name");
    Map<String, Object> definition = types.get(name);
    return switch ((String) definition.get("kind")) {
      case "ENUM" ->
          (String) ((List<Map<String, Object>>) definition.get("enumValues")).get(0).get("name");
      case "INPUT_OBJECT" -> inputObject(definition);
      default -> scalar(name);
    };
  }

  @SuppressWarnings("unchecked")
  private String inputObject(Map<String, Object> definition) {
    List<Map<String, Object>> fields = (List<Map<String, Object>>) definition.get("inputFields");
    return fields.stream()
        .filter(f -> isRequired(type(f)))
        .map(f -> f.get("name") + ": " + value(type(f)))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static String scalar(String name) {
    return switch (name) {
      case "Int", "Float", "BigInteger", "BigDecimal", "Long" -> "1";
      case "Boolean" -> "true";
      case "Date" -> "\"2024-01-01\"";
      case "DateTime" -> "\"2024-01-01T00:00:00Z\"";
      default -> "\"x\"";
    };
  }
}
