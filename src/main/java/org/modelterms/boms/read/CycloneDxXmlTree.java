package org.modelterms.boms.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * CycloneDX XML mapped to the shape of CycloneDX JSON by the rules the two encodings share
 * (attributes and child elements become fields, wrapper elements become arrays), for the documents
 * cyclonedx-core-java refuses to read. Only what the reader uses needs to come out right.
 */
final class CycloneDxXmlTree {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Elements whose children are the items of a JSON array. */
  private static final Set<String> LISTS =
      Set.of(
          "components",
          "externalReferences",
          "properties",
          "tags",
          "ancestors",
          "descendants",
          "variants",
          "hashes",
          "authors",
          "data",
          "inputs",
          "outputs",
          "services");

  private CycloneDxXmlTree() {}

  static JsonNode of(Element bom) {
    ObjectNode tree = object(bom);
    tree.put("bomFormat", "CycloneDX");
    return tree;
  }

  private static JsonNode value(Element element) {
    String name = element.getLocalName();
    if (name.equals("licenses")) {
      return licenses(element);
    }
    if (name.equals("dependencies")) {
      return dependencies(element);
    }
    if (name.equals("datasets")) {
      return datasets(element);
    }
    if (LISTS.contains(name)) {
      ArrayNode items = JSON.arrayNode();
      children(element).forEach(child -> items.add(value(child)));
      return items;
    }
    if (name.equals("property")) {
      ObjectNode property = JSON.objectNode();
      property.put("name", element.getAttribute("name"));
      property.put("value", element.getTextContent().trim());
      return property;
    }
    if (children(element).isEmpty() && element.getAttributes().getLength() == 0) {
      return JSON.textNode(element.getTextContent().trim());
    }
    return object(element);
  }

  private static ObjectNode object(Element element) {
    ObjectNode object = JSON.objectNode();
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      if (!"xmlns".equals(attribute.getPrefix()) && !"xmlns".equals(attribute.getName())) {
        object.put(attribute.getLocalName(), attribute.getValue());
      }
    }
    for (Element child : children(element)) {
      String name = child.getLocalName();
      JsonNode value = value(child);
      JsonNode earlier = object.get(name);
      if (earlier == null) {
        object.set(name, value);
      } else if (earlier.isArray() && !LISTS.contains(name)) {
        ((ArrayNode) earlier).add(value);
      } else {
        object.set(name, JSON.arrayNode().add(earlier).add(value));
      }
    }
    return object;
  }

  private static ArrayNode licenses(Element licenses) {
    ArrayNode choices = JSON.arrayNode();
    for (Element child : children(licenses)) {
      ObjectNode choice = JSON.objectNode();
      if (child.getLocalName().equals("expression")) {
        choice.put("expression", child.getTextContent().trim());
        if (child.hasAttribute("acknowledgement")) {
          choice.put("acknowledgement", child.getAttribute("acknowledgement"));
        }
      } else {
        choice.set(child.getLocalName(), object(child));
      }
      choices.add(choice);
    }
    return choices;
  }

  private static ArrayNode dependencies(Element dependencies) {
    ArrayNode entries = JSON.arrayNode();
    for (Element dependency : children(dependencies)) {
      ObjectNode entry = JSON.objectNode();
      entry.put("ref", dependency.getAttribute("ref"));
      ArrayNode dependsOn = entry.putArray("dependsOn");
      children(dependency).forEach(target -> dependsOn.add(target.getAttribute("ref")));
      entries.add(entry);
    }
    return entries;
  }

  private static ArrayNode datasets(Element datasets) {
    ArrayNode items = JSON.arrayNode();
    for (Element child : children(datasets)) {
      if (child.getLocalName().equals("ref")) {
        items.add(JSON.objectNode().put("ref", child.getTextContent().trim()));
      } else {
        items.add(object(child));
      }
    }
    return items;
  }

  private static List<Element> children(Element element) {
    List<Element> children = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        children.add(e);
      }
    }
    return children;
  }
}
