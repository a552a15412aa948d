package org.modelterms.graphql.shape;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The served schema as introspection describes it: types, their fields and arguments. */
final class ServedSchema {

  static final String INTROSPECTION =
      """
      { __schema {
          queryType { name } mutationType { name } subscriptionType { name }
          types { name kind enumValues { name } possibleTypes { name }
            inputFields { name type { ...T } }
            fields { name type { ...T } args { name type { ...T } } } }
      } }
      fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
      """;

  /** A type reference: NON_NULL and LIST wrap a named type. */
  record TypeRef(String kind, String name, TypeRef of) {

    @SuppressWarnings("unchecked")
    static TypeRef of(Map<String, Object> json) {
      Map<String, Object> of = (Map<String, Object>) json.get("ofType");
      return new TypeRef(
          (String) json.get("kind"), (String) json.get("name"), of == null ? null : of(of));
    }

    boolean required() {
      return kind.equals("NON_NULL");
    }

    boolean list() {
      return kind.equals("LIST") || (of != null && of.list());
    }

    String named() {
      return of == null ? name : of.named();
    }

    /** As written in a variable definition. */
    String written() {
      return switch (kind) {
        case "NON_NULL" -> of.written() + "!";
        case "LIST" -> "[" + of.written() + "]";
        default -> name;
      };
    }
  }

  record Argument(String name, TypeRef type) {}

  record Field(String owner, String name, TypeRef type, List<Argument> arguments) {
    String coordinates() {
      return owner + "." + name;
    }

    boolean requiresArguments() {
      return arguments.stream().anyMatch(a -> a.type().required());
    }
  }

  record Type(
      String name,
      String kind,
      List<Field> fields,
      List<Argument> inputFields,
      List<String> enumValues,
      List<String> possibleTypes) {}

  final Map<String, Type> types = new TreeMap<>();
  final String queryType;
  final String mutationType;
  final String subscriptionType;

  @SuppressWarnings("unchecked")
  ServedSchema(JsonPath introspection) {
    queryType = introspection.getString("data.__schema.queryType.name");
    mutationType = introspection.getString("data.__schema.mutationType.name");
    subscriptionType = introspection.getString("data.__schema.subscriptionType.name");
    for (Map<String, Object> json :
        introspection.<Map<String, Object>>getList("data.__schema.types")) {
      String name = (String) json.get("name");
      List<Field> fields = new ArrayList<>();
      List<Map<String, Object>> declared = (List<Map<String, Object>>) json.get("fields");
      for (Map<String, Object> field :
          declared == null ? List.<Map<String, Object>>of() : declared) {
        fields.add(
            new Field(
                name,
                (String) field.get("name"),
                TypeRef.of((Map<String, Object>) field.get("type")),
                arguments((List<Map<String, Object>>) field.get("args"))));
      }
      types.put(
          name,
          new Type(
              name,
              (String) json.get("kind"),
              fields,
              arguments((List<Map<String, Object>>) json.get("inputFields")),
              names((List<Map<String, Object>>) json.get("enumValues")),
              names((List<Map<String, Object>>) json.get("possibleTypes"))));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Argument> arguments(List<Map<String, Object>> json) {
    List<Argument> arguments = new ArrayList<>();
    if (json != null) {
      for (Map<String, Object> argument : json) {
        arguments.add(
            new Argument(
                (String) argument.get("name"),
                TypeRef.of((Map<String, Object>) argument.get("type"))));
      }
    }
    return arguments;
  }

  private static List<String> names(List<Map<String, Object>> json) {
    List<String> names = new ArrayList<>();
    if (json != null) {
      json.forEach(item -> names.add((String) item.get("name")));
    }
    return names;
  }

  Type type(String name) {
    return types.get(name);
  }

  boolean isLeaf(TypeRef type) {
    String kind = types.get(type.named()).kind();
    return kind.equals("SCALAR") || kind.equals("ENUM");
  }

  /** Every field that takes arguments, on every type that a query can reach. */
  List<Field> fieldsWithArguments() {
    List<Field> found = new ArrayList<>();
    for (Type type : types.values()) {
      if (type.name().startsWith("__")
          || type.name().equals(mutationType)
          || type.name().equals(subscriptionType)) {
        continue;
      }
      for (Field field : type.fields()) {
        if (!field.arguments().isEmpty()) {
          found.add(field);
        }
      }
    }
    return found;
  }
}
