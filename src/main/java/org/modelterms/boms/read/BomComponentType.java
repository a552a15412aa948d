package org.modelterms.boms.read;

/** What a component of a bill of materials is, as far as the check cares. */
public enum BomComponentType {
  /** A machine-learning model: CycloneDX {@code machine-learning-model}, SPDX {@code AIPackage}. */
  MODEL,
  /** A data set: CycloneDX {@code data}, SPDX {@code DatasetPackage}. */
  DATA
}
