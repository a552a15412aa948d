package org.modelterms.boms.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a CycloneDX model derives from and was trained on, wherever the document says it: {@code
 * pedigree.ancestors}, the model card's {@code datasets}, the {@code base_model} properties and
 * {@code base_model:…} tags tools copy from Hugging Face, and {@code dependencies} from a model to
 * another model (its base) or to data (its training data).
 */
final class CycloneDxLineage {

  private record Target(String ref, String relation) {}

  private final CycloneDxComponents components;
  private final List<String> warnings;
  private final Map<String, List<Target>> dependsOn = new HashMap<>();

  CycloneDxLineage(JsonNode bom, CycloneDxComponents components, List<String> warnings) {
    this.components = components;
    this.warnings = warnings;
    boolean objectTargets = false;
    for (JsonNode dependency : Json.items(bom.path("dependencies"))) {
      String ref = Json.text(dependency, "ref");
      if (ref == null) {
        continue;
      }
      if (!components.byRef.containsKey(ref)) {
        warnings.add(
            "dependencies: '" + ref + "' is no component of the document; its entry is skipped.");
        continue;
      }
      List<Target> targets = dependsOn.computeIfAbsent(ref, r -> new ArrayList<>());
      for (JsonNode target : Json.items(dependency.path("dependsOn"))) {
        if (target.isObject()) {
          objectTargets = true;
          String to = Json.text(target, "ref");
          if (to != null) {
            targets.add(new Target(to, Json.text(target, "relation")));
          }
        } else if (Json.text(target) != null) {
          targets.add(new Target(Json.text(target), null));
        }
      }
    }
    if (objectTargets) {
      warnings.add(
          "dependencies: dependsOn holds objects ({ref, relation}) where the schema wants refs;"
              + " their ref and relation were read.");
    }
  }

  void read(JsonNode component, ComponentDraft draft) {
    String relation = property(component, "base_model_relation");
    for (JsonNode ancestor : Json.items(component.path("pedigree").path("ancestors"))) {
      draft.baseModel(reference(ancestor, ComponentDraft.relation(relation)));
    }
    for (String value : properties(component, "base_model")) {
      for (String id : list(value)) {
        draft.baseModel(byId(id, ComponentDraft.relation(relation)));
      }
    }
    for (JsonNode tag : Json.items(component.path("tags"))) {
      baseModelTag(Json.text(tag), draft);
    }
    datasets(component, draft);
    dependencies(Json.text(component, "bom-ref"), draft);
  }

  private void datasets(JsonNode component, ComponentDraft draft) {
    for (JsonNode dataset :
        Json.items(component.path("modelCard").path("modelParameters").path("datasets"))) {
      String ref = Json.text(dataset, "ref");
      if (ref != null) {
        JsonNode target = components.byRef.get(ref);
        if (target == null) {
          warnings.add(
              draft.ref
                  + ": the model card names data set '"
                  + ref
                  + "', which is no component of the document.");
          draft.dataset(ref);
        } else {
          draft.dataset(label(target));
        }
      } else if (dataset.isObject()) {
        String id = HuggingFaceIds.datasetIdOfUrl(Json.text(dataset.path("contents"), "url"));
        draft.dataset(id != null ? id : Json.text(dataset, "name"));
      } else {
        draft.dataset(Json.text(dataset));
      }
    }
  }

  private void dependencies(String bomRef, ComponentDraft draft) {
    if (bomRef == null) {
      return;
    }
    for (Target target : dependsOn.getOrDefault(bomRef, List.of())) {
      JsonNode to = components.byRef.get(target.ref());
      String relation = ComponentDraft.relation(target.relation());
      if (to == null) {
        warnings.add(
            draft.ref
                + " depends on '"
                + target.ref()
                + "', which is no component of the document; read by its purl.");
        String datasetId = HuggingFaceIds.datasetIdOfPurl(target.ref());
        if (datasetId != null) {
          draft.dataset(datasetId);
        } else {
          draft.baseModel(byPurl(target.ref(), relation));
        }
      } else if (CycloneDxComponents.typeOf(to) == BomComponentType.MODEL) {
        if (relation == null) {
          relation = ComponentDraft.relation(property(to, "ai.model.relation"));
        }
        draft.baseModel(reference(to, relation));
      } else if (CycloneDxComponents.typeOf(to) == BomComponentType.DATA) {
        draft.dataset(label(to));
      }
    }
  }

  static void baseModelTag(String tag, ComponentDraft draft) {
    if (tag == null || !tag.startsWith("base_model:")) {
      return;
    }
    String rest = tag.substring("base_model:".length());
    int colon = rest.indexOf(':');
    String relation = colon < 0 ? null : rest.substring(0, colon);
    String id = colon < 0 ? rest : rest.substring(colon + 1);
    if (HuggingFaceIds.isId(id)) {
      draft.baseModel(byId(id, ComponentDraft.relation(relation)));
    }
  }

  private BaseModelReference reference(JsonNode model, String relation) {
    ComponentDraft ancestor = new ComponentDraft("", BomComponentType.MODEL);
    ancestor.name = Json.text(model, "name");
    ancestor.purl = Json.text(model, "purl");
    for (JsonNode reference : Json.items(model.path("externalReferences"))) {
      ancestor.url(Json.text(reference, "url"));
    }
    return new BaseModelReference(
        ancestor.name, ancestor.purl, CycloneDxComponents.huggingFaceId(ancestor), relation);
  }

  private static BaseModelReference byId(String id, String relation) {
    return new BaseModelReference(
        id, null, HuggingFaceIds.isId(id) ? id : HuggingFaceIds.modelIdOfUrl(id), relation);
  }

  static BaseModelReference byPurl(String ref, String relation) {
    if (!ref.startsWith("pkg:")) {
      return byId(ref, relation);
    }
    String path = ref.substring(ref.lastIndexOf('/') + 1);
    int at = path.indexOf('@');
    String name = at < 0 ? path : path.substring(0, at);
    return new BaseModelReference(name, ref, HuggingFaceIds.modelIdOfPurl(ref), relation);
  }

  /** How the reader names a data set: its Hugging Face id, else its name, else its bom-ref. */
  private static String label(JsonNode data) {
    ComponentDraft draft = new ComponentDraft("", BomComponentType.DATA);
    draft.name = Json.text(data, "name");
    draft.purl = Json.text(data, "purl");
    for (JsonNode reference : Json.items(data.path("externalReferences"))) {
      draft.url(Json.text(reference, "url"));
    }
    for (JsonNode item : Json.items(data.path("data"))) {
      draft.url(Json.text(item.path("contents"), "url"));
    }
    String id = CycloneDxComponents.huggingFaceId(draft);
    if (id != null) {
      return id;
    }
    return draft.name != null ? draft.name : Json.text(data, "bom-ref");
  }

  /** The first value of a property of the component or its model card, by its last name part. */
  private static String property(JsonNode component, String name) {
    List<String> values = properties(component, name);
    return values.isEmpty() ? null : values.get(0);
  }

  private static List<String> properties(JsonNode component, String name) {
    List<String> values = new ArrayList<>();
    for (JsonNode properties :
        List.of(component.path("properties"), component.path("modelCard").path("properties"))) {
      for (JsonNode property : Json.items(properties)) {
        String key = Json.text(property, "name");
        String value = Json.text(property, "value");
        if (key != null && value != null && lastPart(key).equals(name)) {
          values.add(value);
        }
      }
    }
    return values;
  }

  private static String lastPart(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    return name(lower.substring(lower.lastIndexOf(':') + 1));
  }

  private static String name(String key) {
    return key.equals("basemodel") || key.equals("base-model") ? "base_model" : key;
  }

  /** A value that holds several ids: a JSON-ish list or commas. */
  private static List<String> list(String value) {
    List<String> ids = new ArrayList<>();
    for (String part : value.replaceAll("[\\[\\]\"']", "").split(",")) {
      if (!part.isBlank()) {
        ids.add(part.trim());
      }
    }
    return ids;
  }
}
