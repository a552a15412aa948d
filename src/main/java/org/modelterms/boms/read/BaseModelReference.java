package org.modelterms.boms.read;

/**
 * A model a component says it derives from: CycloneDX {@code pedigree.ancestors} (and the
 * base-model properties tools write), SPDX {@code descendantOf}/{@code ancestorOf}, a card's {@code
 * base_model}. Any of the identifying fields may be null, never all of them.
 *
 * @param relation how it derives, in Hugging Face's words ({@code finetune}, {@code adapter},
 *     {@code quantized}, {@code merge}), or null when the document does not say
 */
public record BaseModelReference(String name, String purl, String huggingFaceId, String relation) {}
