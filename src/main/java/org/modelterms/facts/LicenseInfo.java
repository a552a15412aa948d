package org.modelterms.facts;

import org.modelterms.licenses.LicenseKind;
import org.modelterms.persistence.SqlRow;

/** What an assessment needs to know about one registered licence. */
public record LicenseInfo(
    long key,
    String identifier,
    String name,
    LicenseKind kind,
    boolean osiApproved,
    boolean fsfLibre) {

  /**
   * The licence in a row that labels its columns {@code license_id, key, name, license_kind,
   * osi_approved, fsf_libre}.
   */
  static LicenseInfo of(SqlRow row) {
    return new LicenseInfo(
        row.number("license_id"),
        row.string("key"),
        row.string("name"),
        LicenseKind.valueOf(row.string("license_kind")),
        row.bool("osi_approved"),
        row.bool("fsf_libre"));
  }

  /** Licences whose very kind restricts use (behavioural clauses, non-commercial, proprietary). */
  public boolean restrictsUse() {
    return kind == LicenseKind.RESPONSIBLE_AI
        || kind == LicenseKind.NON_COMMERCIAL
        || kind == LicenseKind.PROPRIETARY;
  }
}
