package org.modelterms.licenses;

import java.util.List;
import java.util.Locale;

/**
 * Assigns a {@link LicenseKind} to a licence of the SPDX list, which itself records only OSI and
 * FSF approval. Families are matched by id prefix; anything unmatched is {@code OTHER} until an
 * editor classifies it.
 */
final class LicenseClassifier {

  private static final List<String> NON_COMMERCIAL = List.of("cc-by-nc", "cc-nc");
  private static final List<String> OPEN_DATA =
      List.of(
          "cc0-",
          "cc-by-",
          "cc-pddc",
          "cdla-",
          "odc-",
          "odbl-",
          "pddl-",
          "ogl-",
          "ogc-",
          "c-uda",
          "dl-de-",
          "etalab-",
          "nlod-",
          "openmdw-");
  private static final List<String> DOCUMENTATION = List.of("gfdl-", "fdl-");
  private static final List<String> COPYLEFT =
      List.of(
          "gpl-",
          "agpl-",
          "lgpl-",
          "lgpllr",
          "mpl-",
          "epl-",
          "eupl-",
          "cddl-",
          "osl-",
          "cecill-",
          "cpl-",
          "ms-rl",
          "apsl-",
          "sleepycat",
          "qpl-",
          "rpl-",
          "spl-",
          "sissl",
          "watcom-",
          "cc-by-sa-",
          "ofl-",
          "ipl-",
          "nposl-",
          "ngpl",
          "motosoto",
          "rpsl-",
          "cua-opl");

  private LicenseClassifier() {}

  static LicenseKind classify(SpdxLicenseList.ListedLicense license) {
    String id = license.licenseId().toLowerCase(Locale.ROOT);
    if (startsWithAny(id, NON_COMMERCIAL)) {
      return LicenseKind.NON_COMMERCIAL;
    }
    if (id.startsWith("cc-by-sa-")) {
      return LicenseKind.COPYLEFT;
    }
    if (startsWithAny(id, DOCUMENTATION)) {
      return LicenseKind.OPEN_DOCUMENTATION;
    }
    if (startsWithAny(id, OPEN_DATA)) {
      return id.contains("-nd-") || id.endsWith("-nd") ? LicenseKind.OTHER : LicenseKind.OPEN_DATA;
    }
    if (startsWithAny(id, COPYLEFT)) {
      return LicenseKind.COPYLEFT;
    }
    if (license.isOsiApproved() || license.isFsfLibre()) {
      return LicenseKind.PERMISSIVE;
    }
    return LicenseKind.OTHER;
  }

  private static boolean startsWithAny(String id, List<String> prefixes) {
    return prefixes.stream().anyMatch(id::startsWith);
  }
}
