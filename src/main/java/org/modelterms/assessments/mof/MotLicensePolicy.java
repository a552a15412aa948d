package org.modelterms.assessments.mof;

import java.util.Map;
import java.util.Set;
import org.modelterms.openness.ContentType;

/**
 * An {@link OpenLicensePolicy} over a table of licence ids, looked up exactly as the MOT does: an
 * exact, case-sensitive match of the whole string. Build the table from the MOT's files with {@link
 * MotLicenseTables#fromFiles}, or from the registry's own licence data.
 */
public final class MotLicensePolicy implements OpenLicensePolicy {

  private final Map<String, LicenseFacts> licenses;

  /**
   * @param licenses licence id (exact spelling) to what is known about it
   */
  public MotLicensePolicy(Map<String, LicenseFacts> licenses) {
    this.licenses = Map.copyOf(licenses);
  }

  @Override
  public boolean isOpen(String licenseString) {
    LicenseFacts facts = licenseString == null ? null : licenses.get(licenseString);
    return facts != null && facts.isOpen();
  }

  @Override
  public Set<ContentType> contentTypes(String licenseString) {
    LicenseFacts facts = licenseString == null ? null : licenses.get(licenseString);
    return facts == null ? Set.of() : facts.contentTypes();
  }

  /** The table this policy answers from. */
  public Map<String, LicenseFacts> licenses() {
    return licenses;
  }
}
