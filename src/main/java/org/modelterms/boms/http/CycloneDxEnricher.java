package org.modelterms.boms.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.modelterms.boms.api.BomCheck;
import org.modelterms.boms.api.BomComponentCheck;
import org.modelterms.boms.api.BomFlag;
import org.modelterms.boms.api.BomResolution;
import org.modelterms.boms.api.BomResolutionPath;
import org.modelterms.boms.api.BomUseVerdict;
import org.modelterms.boms.read.BomComponentType;
import org.modelterms.boms.read.CycloneDxJsonModels;
import org.modelterms.licenses.api.License;
import org.modelterms.models.api.Model;

/**
 * Writes a check's findings into the CycloneDX JSON document it read: each model component gets the
 * registry's licences as concluded ones and {@code modelterms:} properties (docs/bom.md, "The
 * enriched document"). Only those two fields of model components change; the rest of the tree is
 * the caller's, as sent.
 */
final class CycloneDxEnricher {

  static final String PREFIX = "modelterms:";

  private CycloneDxEnricher() {}

  static JsonNode enrich(CycloneDxJsonModels document, BomCheck check) {
    boolean acknowledges = acknowledges(document.tree().path("specVersion").asText(""));
    for (BomComponentCheck c : check.components()) {
      ObjectNode node = document.component(c.ref());
      if (node == null || c.type() != BomComponentType.MODEL || c.resolution() == null) {
        continue;
      }
      concludeLicences(node, concluded(c.resolution()), acknowledges);
      properties(node, c);
    }
    return document.tree();
  }

  /** {@code acknowledgement} came with CycloneDX 1.6; earlier schemas refuse the field. */
  private static boolean acknowledges(String specVersion) {
    return !(specVersion.equals("1.4") || specVersion.equals("1.5"));
  }

  /**
   * The registry's licences for the terms the component resolved to: a registry model's or a base
   * model's licence expression, or the declared licences the registry recognised.
   */
  private static List<String> concluded(BomResolution r) {
    Model model =
        r.path() == BomResolutionPath.MODEL
            ? r.model()
            : r.path() == BomResolutionPath.BASE_MODEL ? r.baseModel() : null;
    if (model != null) {
      return model.licenseExpression() == null ? List.of() : List.of(model.licenseExpression());
    }
    if (r.path() == BomResolutionPath.DECLARED_LICENSE) {
      return r.licenses().stream().map(License::identifier).toList();
    }
    return List.of();
  }

  /**
   * Adds each licence as a concluded one. CycloneDX lets a component's {@code licenses} hold either
   * licences or one expression, never both: a compound expression goes in only when the array is
   * empty, and what cannot go in without breaking the schema goes in the {@code modelterms:license}
   * property instead.
   */
  private static void concludeLicences(ObjectNode node, List<String> ids, boolean acknowledges) {
    if (ids.isEmpty()) {
      return;
    }
    if (node.has("licenses") && !node.get("licenses").isArray()) {
      // not CycloneDX, but the caller's: left as sent, the finding goes in a property
      property(node, PREFIX + "license", String.join(" AND ", ids));
      return;
    }
    ArrayNode licenses =
        node.get("licenses") instanceof ArrayNode existing ? existing : node.putArray("licenses");
    boolean holdsExpression = false;
    for (JsonNode choice : licenses) {
      holdsExpression |= choice.has("expression");
    }
    List<String> leftOver = new ArrayList<>();
    for (String id : ids) {
      boolean compound = id.contains(" ");
      if (!compound && !holdsExpression) {
        ObjectNode license = licenses.addObject().putObject("license");
        license.put(isSpdxId(id) ? "id" : "name", id);
        if (acknowledges) {
          license.put("acknowledgement", "concluded");
        }
      } else if (compound && licenses.isEmpty()) {
        ObjectNode expression = licenses.addObject().put("expression", id);
        if (acknowledges) {
          expression.put("acknowledgement", "concluded");
        }
        holdsExpression = true;
      } else {
        leftOver.add(id);
      }
    }
    if (licenses.isEmpty()) {
      node.remove("licenses");
    }
    if (!leftOver.isEmpty()) {
      property(node, PREFIX + "license", String.join(" AND ", leftOver));
    }
  }

  /** LicenseRef-… is no id of the SPDX list, which the schema's {@code license.id} enumerates. */
  private static boolean isSpdxId(String id) {
    return !id.startsWith("LicenseRef-");
  }

  private static void properties(ObjectNode node, BomComponentCheck c) {
    if (node.has("properties") && !node.get("properties").isArray()) {
      return; // not CycloneDX, but the caller's: left as sent
    }
    if (node.get("properties") instanceof ArrayNode existing) {
      for (Iterator<JsonNode> it = existing.iterator(); it.hasNext(); ) {
        if (it.next().path("name").asText("").startsWith(PREFIX)) {
          it.remove(); // an earlier check's findings give way to this one's
        }
      }
    }
    BomResolution r = c.resolution();
    property(node, PREFIX + "resolution", r.path().name());
    if (r.model() != null) {
      property(node, PREFIX + "model", r.model().slug());
    }
    if (r.baseModel() != null) {
      property(node, PREFIX + "baseModel", r.baseModel().slug());
    }
    if (r.reason() != null) {
      property(node, PREFIX + "reason", r.reason().name());
    }
    for (BomFlag flag : c.flags()) {
      property(node, PREFIX + "flag:" + flag.code().name(), flag.message());
    }
    for (BomUseVerdict v : c.verdicts()) {
      property(
          node,
          PREFIX + "verdict:" + v.use().name(),
          v.conditions().isEmpty()
              ? v.verdict().name()
              : v.verdict().name() + ": " + String.join("; ", v.conditions()));
    }
  }

  private static void property(ObjectNode node, String name, String value) {
    if (node.has("properties") && !node.get("properties").isArray()) {
      return;
    }
    ArrayNode properties =
        node.get("properties") instanceof ArrayNode existing
            ? existing
            : node.putArray("properties");
    properties.addObject().put("name", name).put("value", value);
  }
}
