package org.modelterms.boms.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The models and data sets of a CycloneDX document (its JSON tree; XML arrives converted): {@code
 * metadata.component} when it is one (ALOHA writes the model only there), then {@code components}
 * in document order, nested ones included.
 */
final class CycloneDxComponents {

  static final String MODEL = "machine-learning-model";
  static final String DATA = "data";

  /** Every bom-ref of the document, to the component that holds it. */
  final Map<String, JsonNode> byRef = new HashMap<>();

  /** The models and data sets, by the ref the reader gave them, in document order. */
  final Map<String, JsonNode> found = new LinkedHashMap<>();

  private final List<String> warnings;
  private final JsonNode metadataComponent;

  CycloneDxComponents(JsonNode bom, List<String> warnings) {
    this.warnings = warnings;
    metadataComponent = bom.path("metadata").path("component");
    if (metadataComponent.isObject()) {
      walk(metadataComponent, "metadata.component", true);
    }
    List<JsonNode> top = Json.items(bom.path("components"));
    for (int i = 0; i < top.size(); i++) {
      walk(top.get(i), "components[" + i + "]", false);
    }
  }

  static BomComponentType typeOf(JsonNode component) {
    String type = Json.text(component, "type");
    if (MODEL.equals(type)) {
      return BomComponentType.MODEL;
    }
    return DATA.equals(type) ? BomComponentType.DATA : null;
  }

  private void walk(JsonNode component, String place, boolean metadata) {
    if (!component.isObject()) {
      warnings.add(place + " is not an object; skipped.");
      return;
    }
    String bomRef = Json.text(component, "bom-ref");
    boolean subjectAgain =
        bomRef != null
            && !metadata
            && typeOf(component) != null
            && found.get(bomRef) == metadataComponent;
    if (subjectAgain) {
      // A tool that describes the model as the BOM's subject may list it again among the
      // components: the listing is read, once, in the subject's place.
      warnings.add(
          "bom-ref '" + bomRef + "' is both metadata.component and a component; read once.");
      found.put(bomRef, component);
      byRef.put(bomRef, component);
    } else if (bomRef != null) {
      JsonNode earlier = byRef.putIfAbsent(bomRef, component);
      if (earlier != null && earlier != component) {
        warnings.add(
            "bom-ref '" + bomRef + "' names two components; references to it reach the first.");
      }
    }
    for (JsonNode data : Json.items(component.path("data"))) {
      String dataRef = Json.text(data, "bom-ref");
      if (dataRef != null && byRef.putIfAbsent(dataRef, component) != null) {
        warnings.add(
            "bom-ref '"
                + dataRef
                + "' names both a component and a data entry; references to it"
                + " reach the component.");
      }
    }
    if (typeOf(component) != null && !subjectAgain) {
      String ref = bomRef != null && !found.containsKey(bomRef) ? bomRef : place;
      found.put(ref, component);
    } else if (metadata) {
      return;
    }
    List<JsonNode> nested = Json.items(component.path("components"));
    for (int i = 0; i < nested.size(); i++) {
      walk(nested.get(i), place + ".components[" + i + "]", false);
    }
  }

  /** The component's own fields: names, versions, identifiers and licences. */
  ComponentDraft draft(String ref, JsonNode component) {
    ComponentDraft draft = new ComponentDraft(ref, typeOf(component));
    draft.name = Json.text(component, "name");
    if (draft.name == null) {
      warnings.add(ref + ": a " + Json.text(component, "type") + " component without a name.");
    }
    draft.supplier = supplier(component);
    draft.version = Json.text(component, "version");
    draft.purl = Json.text(component, "purl");
    for (JsonNode reference : Json.items(component.path("externalReferences"))) {
      draft.url(Json.text(reference, "url"));
    }
    for (JsonNode data : Json.items(component.path("data"))) {
      draft.url(Json.text(data.path("contents"), "url"));
    }
    draft.huggingFaceId = huggingFaceId(draft);
    CycloneDxLicenses.read(component, ref, draft, warnings);
    return draft;
  }

  private static String supplier(JsonNode component) {
    String supplier = Json.text(component.path("supplier"), "name");
    if (supplier == null) {
      supplier = Json.text(component.path("manufacturer"), "name");
    }
    if (supplier == null) {
      supplier = Json.text(component, "publisher");
    }
    if (supplier == null) {
      supplier = Json.text(component.path("author"));
    }
    if (supplier == null) {
      List<JsonNode> authors = Json.items(component.path("authors"));
      supplier = authors.isEmpty() ? null : Json.text(authors.get(0), "name");
    }
    return supplier == null ? Json.text(component, "group") : supplier;
  }

  /**
   * A model's id from its purl, else from a huggingface.co URL, else from a name of the shape
   * {@code org/name} (deployment scanners write the id they found as the name); a data set's from
   * its {@code pkg:huggingface-dataset} purl or a huggingface.co/datasets URL.
   */
  static String huggingFaceId(ComponentDraft draft) {
    boolean model = draft.type == BomComponentType.MODEL;
    String id =
        model
            ? HuggingFaceIds.modelIdOfPurl(draft.purl)
            : HuggingFaceIds.datasetIdOfPurl(draft.purl);
    List<String> urls = new ArrayList<>(draft.urls());
    for (int i = 0; id == null && i < urls.size(); i++) {
      id =
          model
              ? HuggingFaceIds.modelIdOfUrl(urls.get(i))
              : HuggingFaceIds.datasetIdOfUrl(urls.get(i));
    }
    if (id == null && model && draft.purl == null && HuggingFaceIds.isId(draft.name)) {
      id = draft.name;
    }
    return id;
  }
}
