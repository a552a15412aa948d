package org.modelterms.facts;

import org.modelterms.licenses.LicenseKind;

/** What an assessment needs to know about one registered licence. */
public record LicenseInfo(
    long key,
    String identifier,
    String name,
    LicenseKind kind,
    boolean osiApproved,
    boolean fsfLibre) {

  /** Licences whose very kind restricts use (behavioural clauses, non-commercial, proprietary). */
  public boolean restrictsUse() {
    return kind == LicenseKind.RESPONSIBLE_AI
        || kind == LicenseKind.NON_COMMERCIAL
        || kind == LicenseKind.PROPRIETARY;
  }
}
