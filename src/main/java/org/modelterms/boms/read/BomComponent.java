package org.modelterms.boms.read;

import java.util.List;

/**
 * One model or data set a document names, as the document states it; nothing here has been looked
 * up in the registry.
 *
 * @param ref where it is in the document, unique within it: the CycloneDX {@code bom-ref}, the SPDX
 *     {@code spdxId}, or {@code line N} of a list; the reader makes one up when the document has
 *     none ({@code components[3]})
 * @param supplier the supplier, manufacturer or publisher's name, or null
 * @param version the version as written (for Hugging Face models, often a commit), or null
 * @param purl the package URL as written, or null
 * @param huggingFaceId {@code org/name} when the purl ({@code pkg:huggingface/org/name@rev}), a
 *     {@code huggingface.co} URL, the card or the list names one, or when a model without a purl
 *     has a name of that shape (deployment scanners write the id as the name); for a data set, its
 *     Hugging Face data set id ({@code org/name}, or {@code name} for the oldest ones); otherwise
 *     null
 * @param urls download locations, homepages and other references, as written
 */
public record BomComponent(
    String ref,
    BomComponentType type,
    String name,
    String supplier,
    String version,
    String purl,
    String huggingFaceId,
    List<String> urls,
    List<DeclaredLicense> licenses,
    List<BaseModelReference> baseModels,
    List<String> datasets) {

  public BomComponent {
    urls = List.copyOf(urls);
    licenses = List.copyOf(licenses);
    baseModels = List.copyOf(baseModels);
    datasets = List.copyOf(datasets);
  }
}
