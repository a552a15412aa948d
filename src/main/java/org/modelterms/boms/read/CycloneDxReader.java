package org.modelterms.boms.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CycloneDX 1.4 to 1.7 machine-learning BOMs, JSON or XML: the models and data sets with their
 * licences, identifiers, base models and training data.
 */
final class CycloneDxReader {

  static final Set<String> VERSIONS = Set.of("1.4", "1.5", "1.6", "1.7");

  private CycloneDxReader() {}

  static ParsedBom readJson(byte[] document) {
    List<String> warnings = new ArrayList<>();
    JsonNode bom = JsonDocuments.read(document, "The CycloneDX document", warnings);
    if (!bom.isObject()) {
      throw new BomMalformedException("The CycloneDX document is not a JSON object.", 1, 1);
    }
    if (!"CycloneDX".equals(Json.text(bom, "bomFormat"))) {
      warnings.add("bomFormat is not \"CycloneDX\"; read as CycloneDX as asked.");
    }
    String specVersion = version(Json.text(bom, "specVersion"), warnings);
    CycloneDxSchemas.check(bom, specVersion, warnings);
    return read(BomFormat.CYCLONEDX_JSON, specVersion, bom, warnings);
  }

  static ParsedBom readXml(byte[] document) {
    List<String> warnings = new ArrayList<>();
    CycloneDxXml.Tree tree = CycloneDxXml.read(document, warnings);
    String specVersion = version(tree.specVersion(), warnings);
    return read(BomFormat.CYCLONEDX_XML, specVersion, tree.bom(), warnings);
  }

  /** The version, checked: one the reader does not know is refused by name. */
  static String version(String specVersion, List<String> warnings) {
    if (specVersion == null) {
      warnings.add("The document names no specVersion; read as CycloneDX 1.6.");
      return null;
    }
    if (!VERSIONS.contains(specVersion)) {
      throw new BomVersionUnsupportedException(
          "CycloneDX "
              + specVersion
              + " is not read; the check reads CycloneDX 1.4, 1.5, 1.6 and 1.7.");
    }
    return specVersion;
  }

  /** The models and data sets of a document's JSON tree (XML arrives as one too). */
  static ParsedBom read(BomFormat format, String specVersion, JsonNode bom, List<String> warnings) {
    CycloneDxComponents components = new CycloneDxComponents(bom, warnings);
    CycloneDxLineage lineage = new CycloneDxLineage(bom, components, warnings);
    List<BomComponent> read = new ArrayList<>();
    for (Map.Entry<String, JsonNode> found : components.found.entrySet()) {
      ComponentDraft draft = components.draft(found.getKey(), found.getValue());
      if (draft.type == BomComponentType.MODEL) {
        lineage.read(found.getValue(), draft);
      }
      read.add(draft.build());
    }
    return new ParsedBom(format, specVersion, read, warnings);
  }
}
