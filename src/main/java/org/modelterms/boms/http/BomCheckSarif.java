package org.modelterms.boms.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.modelterms.boms.api.BomCheck;
import org.modelterms.boms.api.BomComponentCheck;
import org.modelterms.boms.api.BomFlag;
import org.modelterms.boms.api.BomFlagCode;
import org.modelterms.boms.api.BomResolutionPath;
import org.modelterms.boms.api.BomUnresolvedReason;
import org.modelterms.boms.api.BomUseVerdict;
import org.modelterms.permissions.UseVerdict;

/**
 * A check as SARIF 2.1.0, for code-scanning views: a result for every model and use that is not
 * plainly permitted, every unresolved model and every flag, each pointing at the document (the
 * artifact) and naming the component. The rules' help is the API's own descriptions of the
 * verdicts, reasons and flags, so that the two never say different things.
 */
final class BomCheckSarif {

  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, ObjectNode> rules = new LinkedHashMap<>();
  private final List<String> ruleIds = new ArrayList<>();
  private final ArrayNode results = NODES.arrayNode();
  private final String artifact;

  private BomCheckSarif(String artifact) {
    this.artifact = artifact;
    for (UseVerdict v :
        List.of(UseVerdict.PROHIBITED, UseVerdict.CONDITIONAL, UseVerdict.UNKNOWN)) {
      rule("verdict/" + v.name(), "Verdict" + camel(v.name()), level(v), describe(v));
    }
    for (BomUnresolvedReason reason : BomUnresolvedReason.values()) {
      rule(
          "unresolved/" + reason.name(),
          "Unresolved" + camel(reason.name()),
          "error",
          "The model could not be resolved to terms the registry holds. " + describe(reason));
    }
    for (BomFlagCode flag : BomFlagCode.values()) {
      rule("flag/" + flag.name(), camel(flag.name()), level(flag), describe(flag));
    }
  }

  static ObjectNode write(BomCheck check, String toolVersion, String artifact) {
    BomCheckSarif sarif = new BomCheckSarif(artifact);
    check.components().forEach(sarif::add);
    ObjectNode driver = NODES.objectNode().put("name", "ModelTerms").put("version", toolVersion);
    ArrayNode rules = driver.putArray("rules");
    sarif.rules.values().forEach(rules::add);
    ObjectNode run = NODES.objectNode();
    run.putObject("tool").set("driver", driver);
    run.set("results", sarif.results);
    ObjectNode root = NODES.objectNode().put("$schema", SCHEMA).put("version", "2.1.0");
    root.putArray("runs").add(run);
    return root;
  }

  static String level(UseVerdict verdict) {
    return verdict == UseVerdict.PROHIBITED ? "error" : "warning";
  }

  static String level(BomFlagCode flag) {
    return flag == BomFlagCode.DUPLICATE ? "note" : "warning";
  }

  private void add(BomComponentCheck c) {
    if (c.resolution() == null) {
      return; // a data set: not judged
    }
    String who = c.name() == null ? c.ref() : c.name() + " (" + c.ref() + ")";
    if (c.resolution().path() == BomResolutionPath.UNRESOLVED) {
      result(
          c,
          "unresolved/" + c.resolution().reason().name(),
          "error",
          who + " is unresolved: " + c.resolution().how(),
          "");
    }
    for (BomUseVerdict v : c.verdicts()) {
      if (v.verdict() == UseVerdict.PERMITTED) {
        continue;
      }
      String conditions =
          v.conditions().isEmpty() ? "" : " Conditions: " + String.join("; ", v.conditions()) + ".";
      result(
          c,
          "verdict/" + v.verdict().name(),
          level(v.verdict()),
          who + ": " + v.use() + " is " + v.verdict() + "." + conditions + " " + v.explanation(),
          v.use().name());
    }
    for (BomFlag flag : c.flags()) {
      result(c, "flag/" + flag.code().name(), level(flag.code()), who + ": " + flag.message(), "");
    }
  }

  private void result(
      BomComponentCheck c, String ruleId, String level, String message, String use) {
    ObjectNode result =
        NODES
            .objectNode()
            .put("ruleId", ruleId)
            .put("ruleIndex", ruleIds.indexOf(ruleId))
            .put("level", level);
    result.putObject("message").put("text", message);
    ObjectNode location = NODES.objectNode();
    location.putObject("physicalLocation").putObject("artifactLocation").put("uri", artifact);
    ObjectNode logical =
        NODES
            .objectNode()
            .put("name", c.name() == null ? c.ref() : c.name())
            .put("fullyQualifiedName", c.ref())
            .put("kind", "component");
    location.putArray("logicalLocations").add(logical);
    result.putArray("locations").add(location);
    result
        .putObject("partialFingerprints")
        .put("modelterms/v1", c.ref() + "|" + ruleId + "|" + use);
    results.add(result);
  }

  private void rule(String id, String name, String level, String help) {
    ObjectNode rule = NODES.objectNode().put("id", id).put("name", name);
    rule.putObject("shortDescription").put("text", help);
    rule.putObject("help").put("text", help);
    rule.putObject("defaultConfiguration").put("level", level);
    rules.put(id, rule);
    ruleIds.add(id);
  }

  private static String describe(Enum<?> value) {
    try {
      Description d =
          value.getDeclaringClass().getField(value.name()).getAnnotation(Description.class);
      return d == null ? value.name() : d.value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String camel(String constant) {
    StringBuilder out = new StringBuilder();
    for (String part : constant.split("_")) {
      out.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return out.toString();
  }
}
