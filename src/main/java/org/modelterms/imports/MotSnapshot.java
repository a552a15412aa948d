package org.modelterms.imports;

import java.util.Map;
import org.modelterms.models.Availability;
import org.modelterms.models.ComponentKind;

/** The part of a model a MOT file decides, so that an import can tell whether anything changed. */
record MotSnapshot(
    String slug,
    String name,
    String huggingFaceId,
    String providerSlug,
    String providerName,
    String licenseExpression,
    Map<String, String> declaredLicenses,
    Map<ComponentKind, Part> parts) {

  record Part(
      Availability availability, String declaredLicense, String licenseExpression, String url) {}

  /**
   * Whether the registry already holds what the file says. The slug and the provider's name are set
   * on creation only, so an editor may have changed them.
   */
  boolean sameFactsAs(MotSnapshot other) {
    return name.equals(other.name)
        && java.util.Objects.equals(huggingFaceId, other.huggingFaceId)
        && providerSlug.equals(other.providerSlug)
        && java.util.Objects.equals(licenseExpression, other.licenseExpression)
        && declaredLicenses.equals(other.declaredLicenses)
        && parts.equals(other.parts);
  }
}
