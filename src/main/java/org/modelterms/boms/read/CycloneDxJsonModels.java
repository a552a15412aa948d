package org.modelterms.boms.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CycloneDX JSON document as a tree, with its models and data sets under the refs the check gives
 * them, so that findings can be written back into the document the caller sent rather than into a
 * BOM rebuilt from what the check understood.
 */
public final class CycloneDxJsonModels {

  private final JsonNode tree;
  private final Map<String, ObjectNode> byRef = new LinkedHashMap<>();

  private CycloneDxJsonModels(JsonNode tree) {
    this.tree = tree;
    new CycloneDxComponents(tree, new ArrayList<>())
        .found.forEach(
            (ref, node) -> {
              if (node instanceof ObjectNode object) {
                byRef.put(ref, object);
              }
            });
  }

  /**
   * Reads the document as the check reads it (leniently, with the same depth limit).
   *
   * @throws BomMalformedException when it is not JSON even leniently
   */
  public static CycloneDxJsonModels read(byte[] document) {
    return new CycloneDxJsonModels(
        JsonDocuments.read(document, "The CycloneDX document", new ArrayList<>()));
  }

  /** The whole document; editing a component's node edits it. */
  public JsonNode tree() {
    return tree;
  }

  /** The component node the check answered under {@code ref}, or null. */
  public ObjectNode component(String ref) {
    return byRef.get(ref);
  }

  public List<String> refs() {
    return List.copyOf(byRef.keySet());
  }
}
