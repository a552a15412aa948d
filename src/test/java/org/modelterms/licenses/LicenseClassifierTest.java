package org.modelterms.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LicenseClassifierTest {

  private static LicenseKind kindOf(String id) {
    return SpdxLicenseList.bundled().licenses().stream()
        .filter(l -> l.licenseId().equals(id))
        .findFirst()
        .map(LicenseClassifier::classify)
        .orElseThrow();
  }

  @Test
  void classifiesTheFamilies() {
    assertThat(kindOf("Apache-2.0")).isEqualTo(LicenseKind.PERMISSIVE);
    assertThat(kindOf("MIT")).isEqualTo(LicenseKind.PERMISSIVE);
    assertThat(kindOf("GPL-3.0-only")).isEqualTo(LicenseKind.COPYLEFT);
    assertThat(kindOf("CC-BY-SA-4.0")).isEqualTo(LicenseKind.COPYLEFT);
    assertThat(kindOf("CC-BY-4.0")).isEqualTo(LicenseKind.OPEN_DATA);
    assertThat(kindOf("CDLA-Permissive-2.0")).isEqualTo(LicenseKind.OPEN_DATA);
    assertThat(kindOf("CC-BY-NC-4.0")).isEqualTo(LicenseKind.NON_COMMERCIAL);
    assertThat(kindOf("GFDL-1.3-only")).isEqualTo(LicenseKind.OPEN_DOCUMENTATION);
  }

  @Test
  void theBundledListIsComplete() {
    SpdxLicenseList list = SpdxLicenseList.bundled();
    assertThat(list.licenses()).hasSizeGreaterThan(600);
    assertThat(list.exception("classpath-exception-2.0")).isEqualTo("Classpath-exception-2.0");
    assertThat(list.licenses().stream().map(SpdxLicenseList.ListedLicense::licenseId).toList())
        .containsAll(List.of("Apache-2.0", "MIT", "CC0-1.0"));
  }
}
