package org.modelterms.licenses;

import org.eclipse.microprofile.graphql.Description;

@Description(
    "The category ScanCode LicenseDB gives a licence (https://scancode-licensedb.aboutcode.org/).")
public enum ScancodeCategory {
  PERMISSIVE("Permissive"),
  COPYLEFT("Copyleft"),
  COPYLEFT_LIMITED("Copyleft Limited"),
  @Description("Free to use and redistribute under conditions, not an open-source licence.")
  PROPRIETARY_FREE("Proprietary Free"),
  SOURCE_AVAILABLE("Source-available"),
  FREE_RESTRICTED("Free Restricted"),
  COMMERCIAL("Commercial"),
  NON_COMMERCIAL("Non-Commercial"),
  PATENT_LICENSE("Patent License"),
  PUBLIC_DOMAIN("Public Domain"),
  CLA("CLA"),
  UNSTATED_LICENSE("Unstated License");

  private final String label;

  ScancodeCategory(String label) {
    this.label = label;
  }

  /** The category as LicenseDB spells it ("Proprietary Free"). */
  public String label() {
    return label;
  }
}
