package org.modelterms.boms.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The elements of an SPDX 3 JSON-LD document, read whether or not a tool spelt its names as the
 * 3.0.1 context wants: types with or without their profile prefix ({@code ai_AIPackage}, {@code
 * AIPackage}), properties likewise ({@code software_packageUrl}, {@code packageUrl}), ids as {@code
 * spdxId} or {@code @id}. Each unprefixed name read is reported once.
 */
final class Spdx3Graph {

  final List<JsonNode> elements = new ArrayList<>();
  private final Map<String, JsonNode> byId = new HashMap<>();
  private final Set<String> unprefixed = new LinkedHashSet<>();
  private final Map<String, List<String[]>> relationshipsByType = new HashMap<>();

  Spdx3Graph(JsonNode document) {
    JsonNode graph = document.path("@graph");
    for (JsonNode element : graph.isMissingNode() ? List.of(document) : Json.items(graph)) {
      if (!element.isObject()) {
        continue;
      }
      elements.add(element);
      String id = id(element);
      if (id != null) {
        byId.putIfAbsent(id, element);
      }
      if (type(element).endsWith("Relationship")) {
        addRelationship(element);
      }
    }
  }

  private void addRelationship(JsonNode relationship) {
    String relationshipType = Json.text(relationship, "relationshipType");
    String from = Json.text(relationship, "from");
    if (relationshipType == null || from == null) {
      return;
    }
    List<String[]> pairs =
        relationshipsByType.computeIfAbsent(relationshipType, t -> new ArrayList<>());
    for (JsonNode to : Json.items(relationship.get("to"))) {
      if (Json.text(to) != null) {
        pairs.add(new String[] {from, Json.text(to)});
      }
    }
  }

  JsonNode element(String id) {
    return id == null ? null : byId.get(id);
  }

  static String id(JsonNode element) {
    String id = Json.text(element, "spdxId");
    return id != null ? id : Json.text(element, "@id");
  }

  /** The type without its profile prefix or IRI: {@code AIPackage}, {@code Relationship}. */
  static String type(JsonNode element) {
    String type = Json.text(element, "type");
    if (type == null) {
      type = Json.text(element, "@type");
    }
    if (type == null) {
      return "";
    }
    type = type.substring(type.lastIndexOf('/') + 1);
    return type.substring(type.indexOf('_') + 1);
  }

  /** A property by its prefixed name, else by the bare name (noted for the warnings). */
  JsonNode get(JsonNode element, String prefix, String name) {
    JsonNode value = element.get(prefix + "_" + name);
    if (value == null || value.isNull()) {
      value = element.get(name);
      if (value != null && !value.isNull() && !prefix.isEmpty()) {
        unprefixed.add(name);
      }
    }
    return value;
  }

  String text(JsonNode element, String prefix, String name) {
    return Json.text(get(element, prefix, name));
  }

  /** The warning for the property names outside the 3.0.1 context, or null when there were none. */
  String unprefixedWarning() {
    if (unprefixed.isEmpty()) {
      return null;
    }
    return "Property names not in the SPDX 3.0.1 context were read as their prefixed forms: "
        + String.join(", ", unprefixed)
        + ".";
  }

  /** Relationships of one type, as (from, to) pairs with string ends, in document order. */
  List<String[]> relationships(String relationshipType) {
    return relationshipsByType.getOrDefault(relationshipType, List.of());
  }
}
