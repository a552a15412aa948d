package org.modelterms.boms.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/** What an SPDX 3 package says of itself and of the models and data it comes from. */
final class Spdx3Packages {

  private Spdx3Packages() {}

  static void describe(
      Spdx3Graph graph, JsonNode element, ComponentDraft draft, List<String> warnings) {
    draft.name = Json.text(element, "name");
    draft.version = graph.text(element, "software", "packageVersion");
    draft.supplier = supplier(graph, element, draft.ref, warnings);
    String packageUrl = graph.text(element, "software", "packageUrl");
    if (packageUrl != null && packageUrl.startsWith("pkg:")) {
      draft.purl = packageUrl;
    } else if (packageUrl != null) {
      warnings.add(
          draft.ref + ": packageUrl holds '" + packageUrl + "', which is no purl; read as a URL.");
      draft.url(packageUrl);
    }
    draft.url(graph.text(element, "software", "downloadLocation"));
    draft.url(graph.text(element, "software", "homePage"));
    for (JsonNode reference : Json.items(element.get("externalRef"))) {
      for (JsonNode locator : Json.items(reference.get("locator"))) {
        draft.url(Json.text(locator));
      }
    }
    for (JsonNode identifier : Json.items(element.get("externalIdentifier"))) {
      if ("packageUrl".equals(Json.text(identifier, "externalIdentifierType"))
          && draft.purl == null) {
        draft.purl = Json.text(identifier, "identifier");
      }
    }
    draft.huggingFaceId = CycloneDxComponents.huggingFaceId(draft);
  }

  private static String supplier(
      Spdx3Graph graph, JsonNode element, String ref, List<String> warnings) {
    String supplier = Json.text(element, "suppliedBy");
    if (supplier == null) {
      List<JsonNode> originators = Json.items(element.get("originatedBy"));
      supplier = originators.isEmpty() ? null : Json.text(originators.get(0));
    }
    if (supplier == null) {
      return null;
    }
    JsonNode agent = graph.element(supplier);
    if (agent != null && Json.text(agent, "name") != null) {
      return Json.text(agent, "name");
    }
    if (agent == null && !supplier.contains(":")) {
      warnings.add(
          ref
              + ": suppliedBy is the string '"
              + supplier
              + "', not an agent's id; read as its name.");
    }
    return supplier;
  }

  /**
   * A converter may put the licence on a plain package beside the AI package of the same name: the
   * model takes it, and the answer says so.
   */
  static void licensesOfTwin(
      Spdx3Graph graph, JsonNode model, ComponentDraft draft, List<String> warnings) {
    for (JsonNode element : graph.elements) {
      if (element == model
          || !Spdx3Graph.type(element).equals("Package")
          || draft.name == null
          || !draft.name.equals(Json.text(element, "name"))) {
        continue;
      }
      String version = graph.text(element, "software", "packageVersion");
      if (version != null && draft.version != null && !Objects.equals(version, draft.version)) {
        continue;
      }
      ComponentDraft twin = new ComponentDraft(Spdx3Graph.id(element), BomComponentType.MODEL);
      Spdx3Licenses.read(graph, twin.ref, twin, warnings);
      Spdx3Licenses.readLegacy(graph, element, twin, warnings);
      if (twin.hasLicenses()) {
        twin.licenses().forEach(draft::license);
        warnings.add(
            draft.ref
                + " declares no licence; the licence of the package of the same name ("
                + twin.ref
                + ") was read for it.");
        return;
      }
    }
  }

  static void lineage(Spdx3Graph graph, String id, ComponentDraft draft, List<String> warnings) {
    if (id == null) {
      return;
    }
    JsonNode self = graph.element(id);
    if (self != null) {
      // Converters from Hugging Face copy the model's tags into its domain; the base_model tags
      // there are the only place such a document names the base model.
      for (JsonNode tag : Json.items(graph.get(self, "ai", "domain"))) {
        CycloneDxLineage.baseModelTag(Json.text(tag), draft);
      }
    }
    for (String[] pair : graph.relationships("descendantOf")) {
      if (pair[0].equals(id)) {
        draft.baseModel(base(graph, pair[1], draft.ref, warnings));
      }
    }
    for (String[] pair : graph.relationships("ancestorOf")) {
      if (pair[1].equals(id)) {
        draft.baseModel(base(graph, pair[0], draft.ref, warnings));
      }
    }
    for (String[] pair : graph.relationships("trainedOn")) {
      if (pair[0].equals(id)) {
        JsonNode data = graph.element(pair[1]);
        if (data == null) {
          warnings.add(
              draft.ref
                  + " is trainedOn '"
                  + pair[1]
                  + "', which is no element; read as its name.");
          draft.dataset(pair[1]);
        } else {
          ComponentDraft dataset = new ComponentDraft(pair[1], BomComponentType.DATA);
          describe(graph, data, dataset, warnings);
          draft.dataset(dataset.huggingFaceId != null ? dataset.huggingFaceId : dataset.name);
        }
      }
    }
  }

  private static BaseModelReference base(
      Spdx3Graph graph, String target, String ref, List<String> warnings) {
    JsonNode element = graph.element(target);
    if (element == null) {
      warnings.add(
          ref
              + ": a lineage relationship names '"
              + target
              + "', which is no element; read by its purl or id.");
      return CycloneDxLineage.byPurl(target, null);
    }
    ComponentDraft base = new ComponentDraft(target, BomComponentType.MODEL);
    describe(graph, element, base, warnings);
    return new BaseModelReference(base.name, base.purl, base.huggingFaceId, null);
  }
}
