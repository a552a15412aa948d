package org.modelterms.boms.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;

/** Which format a document is in, when the caller does not say. */
final class BomSniffer {

  private BomSniffer() {}

  /**
   * JSON with {@code bomFormat: CycloneDX}; XML in the CycloneDX namespace; JSON-LD with an SPDX
   * context or a {@code @graph}; a {@code ---} front matter; lines of {@code org/name} ids.
   *
   * @throws BomFormatUnknownException for anything else
   * @throws BomMalformedException for JSON that cannot be read even leniently
   * @throws BomVersionUnsupportedException for SPDX 2 JSON
   */
  static BomFormat sniff(String text, byte[] document) {
    String start = text.stripLeading();
    if (start.isEmpty()) {
      throw new BomFormatUnknownException("The document is empty.");
    }
    char first = start.charAt(0);
    if (first == '{') {
      return json(JsonDocuments.read(document, "The JSON document", new ArrayList<>()));
    }
    if (first == '<') {
      if (start.contains(CycloneDxXml.NAMESPACE)) {
        return BomFormat.CYCLONEDX_XML;
      }
      throw new BomFormatUnknownException(
          "The XML document is not CycloneDX: it does not use the "
              + CycloneDxXml.NAMESPACE
              + "… namespace.");
    }
    if (start.startsWith("---")) {
      return BomFormat.HUGGING_FACE_CARD;
    }
    if (HuggingFaceIdListReader.looksLikeList(text)) {
      return BomFormat.HUGGING_FACE_IDS;
    }
    throw new BomFormatUnknownException(
        "The document is none of the formats read: CycloneDX JSON or XML, SPDX 3 JSON-LD, a"
            + " Hugging Face model card (README.md with --- front matter), or Hugging Face ids one"
            + " per line.");
  }

  private static BomFormat json(JsonNode root) {
    if ("CycloneDX".equalsIgnoreCase(Json.text(root, "bomFormat"))) {
      return BomFormat.CYCLONEDX_JSON;
    }
    String context = root.path("@context").toString();
    if (context.contains("spdx.org/rdf/") || root.has("@graph")) {
      return BomFormat.SPDX3_JSONLD;
    }
    String spdx2 = Json.text(root, "spdxVersion");
    if (spdx2 != null) {
      throw new BomVersionUnsupportedException(
          spdx2 + " is not read; the check reads SPDX 3.0.1 (JSON-LD).");
    }
    throw new BomFormatUnknownException(
        "The JSON document is neither CycloneDX (bomFormat \"CycloneDX\") nor SPDX 3 JSON-LD (an"
            + " spdx.org/rdf context or an @graph).");
  }
}
