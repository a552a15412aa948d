package org.modelterms.boms.read;

import org.eclipse.microprofile.graphql.Description;

/** The kinds of document a bill-of-materials check reads. */
@Description("The kind of document a bill-of-materials check reads.")
public enum BomFormat {
  @Description("CycloneDX 1.6 (or 1.4–1.7) JSON.")
  CYCLONEDX_JSON,
  @Description("CycloneDX 1.6 (or 1.4–1.7) XML.")
  CYCLONEDX_XML,
  @Description("SPDX 3.0.1 JSON-LD with the AI profile.")
  SPDX3_JSONLD,
  @Description("The README.md of a Hugging Face model, whose YAML front matter is its card.")
  HUGGING_FACE_CARD,
  @Description("Hugging Face model ids, one per line; blank lines and lines after # are ignored.")
  HUGGING_FACE_IDS
}
