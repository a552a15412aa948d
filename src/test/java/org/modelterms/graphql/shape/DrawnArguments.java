package org.modelterms.graphql.shape;

import static org.modelterms.testing.GraphQLClient.query;

import io.restassured.path.json.JsonPath;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.modelterms.graphql.shape.ServedSchema.Argument;
import org.modelterms.graphql.shape.ServedSchema.Field;
import org.modelterms.graphql.shape.ServedSchema.Type;
import org.modelterms.graphql.shape.ServedSchema.TypeRef;

/**
 * Values for any argument of the served schema, drawn from what the registry holds (model slugs,
 * Hugging Face ids, node ids, licence identifiers, cursors) and from ranges of dates, times, uses
 * and actors that cross the curated terms' changes, so that two draws usually ask different
 * questions that both have answers.
 */
final class DrawnArguments {

  /** An enum value: written bare in a document, as a string in variables. */
  record EnumValue(String name) {}

  private final ServedSchema schema;
  private final Map<String, List<Object>> pools = new LinkedHashMap<>();

  DrawnArguments(ServedSchema schema) {
    this.schema = schema;
    JsonPath models =
        query("{ models(first: 100) { nodes { id slug huggingFaceId licenses { identifier } } } }");
    List<Object> slugs = new ArrayList<>(models.getList("data.models.nodes.slug"));
    // The richest histories first: the fixed paths to a model use the first slug.
    for (String rich : List.of("llama-3.1-405b", "chatbit", "falcon-40b")) {
      if (slugs.remove(rich)) {
        slugs.add(0, rich);
      }
    }
    pools.put("modelSlug", slugs);
    pools.put(
        "huggingFaceId",
        models.getList("data.models.nodes.huggingFaceId").stream()
            .filter(Objects::nonNull)
            .collect(Collectors.toList()));
    List<Object> modelReferences = new ArrayList<>(slugs);
    modelReferences.addAll(pools.get("huggingFaceId").subList(0, 3));
    pools.put("modelReference", modelReferences);
    List<Object> licenses =
        models.getList("data.models.nodes.licenses.identifier").stream()
            .flatMap(list -> ((List<?>) list).stream())
            .distinct()
            .collect(Collectors.toList());
    pools.put("license", licenses);
    JsonPath organizations = query("{ organizations(first: 100) { nodes { id slug } } }");
    pools.put(
        "organizationSlug",
        new ArrayList<>(organizations.getList("data.organizations.nodes.slug")));
    JsonPath documents =
        query("{ policyDocuments(first: 100) { nodes { id slug versions { id textSha256 } } } }");
    List<Map<String, Object>> documentNodes = documents.getList("data.policyDocuments.nodes");
    // Versions of one document that hold texts, so that diffs between them have answers.
    Map<String, Object> withTexts =
        documentNodes.stream()
            .max(Comparator.comparingInt(document -> versionsWithText(document).size()))
            .orElseThrow();
    pools.put(
        "documentSlug",
        first(
            (String) withTexts.get("slug"), documents.getList("data.policyDocuments.nodes.slug")));
    pools.put("sameDocumentVersionId", versionsWithText(withTexts));
    List<Object> versionIds =
        documents.getList("data.policyDocuments.nodes.versions.id").stream()
            .flatMap(list -> ((List<?>) list).stream())
            .collect(Collectors.toList());
    List<Object> nodeIds = new ArrayList<>();
    nodeIds.addAll(models.getList("data.models.nodes.id").subList(0, 5));
    nodeIds.addAll(organizations.getList("data.organizations.nodes.id").subList(0, 3));
    nodeIds.addAll(documents.getList("data.policyDocuments.nodes.id").subList(0, 3));
    nodeIds.addAll(versionIds.subList(0, 3));
    pools.put("nodeId", nodeIds);
    pools.put("country", List.of("US", "CN", "FR", "DE", "RU"));
    pools.put("search", List.of("llama", "a", "qwen", "mist", "zzz"));
    pools.put(
        "Date",
        List.of(
            "2019-06-01",
            "2023-05-28",
            "2023-06-01",
            "2024-06-01",
            "2024-10-01",
            "2024-12-01",
            "2025-06-01",
            LocalDate.now().toString()));
    pools.put(
        "DateTime",
        List.of(
            "2024-01-01T00:00:00Z",
            "2025-01-01T00:00:00Z",
            "2025-07-01T12:00:00Z",
            "2026-01-01T00:00:00Z"));
    pools.put("Int", List.of(1, 2, 3, 5));
    pools.put("Boolean", List.of(true, false));
    pools.put(
        "BigInteger",
        List.of(
            BigInteger.ZERO,
            BigInteger.valueOf(50_000_000),
            BigInteger.valueOf(700_000_000),
            BigInteger.valueOf(700_000_001),
            BigInteger.valueOf(2_000_000_000)));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> versionsWithText(Map<String, Object> document) {
    return ((List<Map<String, Object>>) document.get("versions"))
        .stream()
            .filter(version -> version.get("textSha256") != null)
            .map(version -> version.get("id"))
            .collect(Collectors.toList());
  }

  /** The values with one moved to the front, where the fixed paths take it from. */
  private static List<Object> first(String value, List<Object> values) {
    List<Object> ordered = new ArrayList<>(values);
    if (ordered.remove(value)) {
      ordered.add(0, value);
    }
    return ordered;
  }

  /** Adds the cursors of a connection for its {@code after} arguments. */
  void cursors(List<Object> cursors) {
    pools.put("cursor", cursors);
  }

  /** Arguments for one call: every required one, each optional one with some chance. */
  Map<String, Object> draw(Field field, Random random, boolean optionalArguments) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Argument argument : field.arguments()) {
      boolean known = !pool(field, argument).map(List::isEmpty).orElse(false);
      if (argument.type().required() || (known && optionalArguments && random.nextInt(10) < 7)) {
        Object value = value(field, argument.name(), argument.type(), random);
        if (value != null) {
          values.put(argument.name(), value);
        }
      }
    }
    return values;
  }

  /** The first value of every required argument: a fixed step on the way to a type. */
  Map<String, Object> fixed(Field field) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Argument argument : field.arguments()) {
      if (argument.type().required()) {
        values.put(argument.name(), value(field, argument.name(), argument.type(), null));
      } else if (argument.name().equals("first")) {
        values.put("first", 3);
      }
    }
    // A lookup by one of several optional keys (a model by slug or Hugging Face id) needs one.
    if (values.isEmpty() && !field.type().named().endsWith("Connection")) {
      field.arguments().stream()
          .filter(argument -> argument.name().equals("slug"))
          .findFirst()
          .ifPresent(slug -> values.put("slug", value(field, slug.name(), slug.type(), null)));
    }
    return values;
  }

  private Object value(Field field, String name, TypeRef type, Random random) {
    if (type.required()) {
      return value(field, name, type.of(), random);
    }
    if (type.kind().equals("LIST")) {
      List<Object> list = new ArrayList<>();
      int size = random == null ? 1 : 1 + random.nextInt(3);
      for (int i = 0; i < size; i++) {
        Object item = value(field, name, type.of(), random);
        if (!list.contains(item)) {
          list.add(item);
        }
      }
      return list;
    }
    Type named = schema.type(type.name());
    return switch (named.kind()) {
      // The drawn bills of materials are lists of Hugging Face ids: said so, or told from the text.
      case "ENUM" ->
          named.name().equals("BomFormat")
              ? new EnumValue("HUGGING_FACE_IDS")
              : new EnumValue(pick(named.enumValues(), random));
      case "INPUT_OBJECT" -> inputObject(field, named, random);
      default -> scalar(field, name, named.name(), random);
    };
  }

  private Map<String, Object> inputObject(Field field, Type type, Random random) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<Argument> fields = type.inputFields();
    while (values.isEmpty()) {
      for (Argument input : fields) {
        if (input.type().required()
            || (random == null ? values.isEmpty() : random.nextInt(fields.size()) < 2)) {
          values.put(input.name(), value(field, input.name(), input.type(), random));
        }
      }
    }
    return values;
  }

  private Object scalar(Field field, String name, String scalar, Random random) {
    List<Object> pool = pools.get(pool(field, name, scalar));
    if (pool == null || pool.isEmpty()) {
      throw new AssertionError(
          "No values for argument " + name + ": " + scalar + " of " + field.coordinates());
    }
    return pick(pool, random);
  }

  /** The pool of a scalar argument, if it is one. */
  private Optional<List<Object>> pool(Field field, Argument argument) {
    String scalar = argument.type().named();
    if (!schema.type(scalar).kind().equals("SCALAR")) {
      return Optional.empty();
    }
    return Optional.ofNullable(pools.get(pool(field, argument.name(), scalar)));
  }

  /** Which pool serves an argument, by its name and the field that takes it. */
  private String pool(Field field, String name, String scalar) {
    if (!scalar.equals("String") && !scalar.equals("ID")) {
      return scalar;
    }
    return switch (name) {
      case "after" -> "cursor";
      case "huggingFaceId" -> "huggingFaceId";
      case "country" -> "country";
      case "search" -> "search";
      case "license" -> "license";
      case "provider" -> "organizationSlug";
      case "baseModel", "model", "models" -> "modelReference";
      // A bill of materials as a list of Hugging Face ids: one id, one line.
      case "document" -> "huggingFaceId";
      case "cardModelId" -> "huggingFaceId";
      case "against" -> "sameDocumentVersionId";
      case "id", "entity" -> field.name().equals("license") ? "license" : "nodeId";
      case "slug" ->
          switch (field.name()) {
            case "organization" -> "organizationSlug";
            case "policyDocument" -> "documentSlug";
            default -> "modelSlug";
          };
      default -> throw new AssertionError("No pool for " + field.coordinates() + "(" + name + ")");
    };
  }

  /** A value drawn from a pool, or its first for a fixed step (no random source). */
  private static <T> T pick(List<T> pool, Random random) {
    return pool.get(random == null ? 0 : random.nextInt(pool.size()));
  }

  /** A value as a GraphQL literal. */
  static String literal(Object value) {
    if (value instanceof EnumValue e) {
      return e.name();
    }
    if (value instanceof String s) {
      return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .map(entry -> entry.getKey() + ": " + literal(entry.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof List<?> list) {
      return list.stream().map(DrawnArguments::literal).collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }

  /** A value as JSON for the variables of a request. */
  static Object variable(Object value) {
    if (value instanceof EnumValue e) {
      return e.name();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> json = new LinkedHashMap<>();
      map.forEach((key, item) -> json.put((String) key, variable(item)));
      return json;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(DrawnArguments::variable).collect(Collectors.toList());
    }
    return value;
  }
}
