package org.modelterms.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The release the start compares with the database's is the bundled list's own. */
class SpdxLicenseListTest {

  @Test
  void theReleaseReadAloneIsTheListsRelease() {
    String alone = SpdxLicenseList.readVersion();
    assertThat(alone).isNotBlank().isEqualTo(SpdxLicenseList.bundled().version());
    assertThat(SpdxLicenseList.bundledVersion()).isEqualTo(alone);
  }

  @Test
  void theBundledListIsOneThatKnowsOpenMdw() {
    SpdxLicenseList list = SpdxLicenseList.bundled();
    assertThat(list.licenses())
        .extracting(SpdxLicenseList.ListedLicense::licenseId)
        .contains("OpenMDW-1.0");
  }
}
