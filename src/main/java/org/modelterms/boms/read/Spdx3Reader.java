package org.modelterms.boms.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SPDX 3.0.1 JSON-LD: {@code AIPackage}s as models and {@code DatasetPackage}s as data sets, with
 * their declared and concluded licences, {@code descendantOf}/{@code ancestorOf} base models and
 * {@code trainedOn} data sets. The JSON-LD graph is read as JSON, which also reads the files real
 * converters write (bare property names, strings where element ids belong) and reports each such
 * departure.
 */
final class Spdx3Reader {

  private static final Pattern CONTEXT_VERSION = Pattern.compile("spdx\\.org/rdf/([0-9][0-9.]*)/");

  private Spdx3Reader() {}

  static ParsedBom read(byte[] document) {
    List<String> warnings = new ArrayList<>();
    JsonNode root = JsonDocuments.read(document, "The SPDX document", warnings);
    if (!root.isObject()) {
      throw new BomMalformedException("The SPDX document is not a JSON-LD object.", 1, 1);
    }
    String spdx2 = Json.text(root, "spdxVersion");
    if (spdx2 != null) {
      throw new BomVersionUnsupportedException(
          spdx2 + " is not read; the check reads SPDX 3.0.1 (JSON-LD).");
    }
    Spdx3Graph graph = new Spdx3Graph(root);
    String specVersion = specVersion(root, graph, warnings);
    List<BomComponent> components = new ArrayList<>();
    for (int i = 0; i < graph.elements.size(); i++) {
      JsonNode element = graph.elements.get(i);
      String type = Spdx3Graph.type(element);
      BomComponentType kind =
          type.equals("AIPackage")
              ? BomComponentType.MODEL
              : type.equals("DatasetPackage") ? BomComponentType.DATA : null;
      if (kind != null) {
        components.add(component(graph, element, kind, "@graph[" + i + "]", warnings));
      }
    }
    String unprefixed = graph.unprefixedWarning();
    if (unprefixed != null) {
      warnings.add(unprefixed);
    }
    return new ParsedBom(BomFormat.SPDX3_JSONLD, specVersion, components, warnings);
  }

  private static BomComponent component(
      Spdx3Graph graph,
      JsonNode element,
      BomComponentType kind,
      String place,
      List<String> warnings) {
    String id = Spdx3Graph.id(element);
    ComponentDraft draft = new ComponentDraft(id != null ? id : place, kind);
    Spdx3Packages.describe(graph, element, draft, warnings);
    Spdx3Licenses.read(graph, id, draft, warnings);
    Spdx3Licenses.readLegacy(graph, element, draft, warnings);
    if (kind == BomComponentType.MODEL) {
      if (!draft.hasLicenses()) {
        Spdx3Packages.licensesOfTwin(graph, element, draft, warnings);
      }
      Spdx3Packages.lineage(graph, id, draft, warnings);
    }
    return draft.build();
  }

  /**
   * The version the document claims, from its context and its creation info; anything but 3.0.x is
   * refused by name.
   */
  private static String specVersion(JsonNode root, Spdx3Graph graph, List<String> warnings) {
    String version = null;
    for (JsonNode context : Json.items(root.path("@context"))) {
      Matcher m = CONTEXT_VERSION.matcher(String.valueOf(Json.text(context)));
      if (m.find()) {
        version = m.group(1);
      }
    }
    if (root.path("@context").isMissingNode()) {
      warnings.add("The document has no @context; read as SPDX 3.0.1 JSON-LD.");
    }
    for (JsonNode element : graph.elements) {
      JsonNode creationInfo = element.path("creationInfo");
      for (JsonNode info : List.of(element, creationInfo)) {
        String claimed = Json.text(info, "specVersion");
        if (claimed == null) {
          continue;
        }
        if (claimed.startsWith("SPDX-")) {
          warnings.add(
              "specVersion \""
                  + claimed
                  + "\" is written as in SPDX 2; SPDX 3 writes \""
                  + claimed.substring(5)
                  + "\".");
          claimed = claimed.substring(5);
        }
        version = claimed;
      }
    }
    if (version != null && !version.startsWith("3.0")) {
      throw new BomVersionUnsupportedException(
          "SPDX " + version + " is not read; the check reads SPDX 3.0.1 (JSON-LD).");
    }
    return version;
  }
}
