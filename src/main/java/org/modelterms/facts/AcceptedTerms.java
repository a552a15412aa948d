package org.modelterms.facts;

import java.util.List;
import java.util.Set;

/**
 * The terms a framework accepts for one scope: every licence with a flag (OSI-approved, FSF-libre),
 * and licences named one by one.
 */
public record AcceptedTerms(boolean osiApproved, boolean fsfLibre, Set<String> licenseKeys) {

  public static final AcceptedTerms NONE = new AcceptedTerms(false, false, Set.of());

  /** Whether a registered licence is accepted; keys compare exactly, as the frameworks do. */
  public boolean accepts(LicenseInfo license) {
    return (osiApproved && license.osiApproved())
        || (fsfLibre && license.fsfLibre())
        || licenseKeys.contains(license.identifier());
  }

  /** Whether a licence string is accepted, given the registered licence it names (or null). */
  public boolean accepts(String licenseString, LicenseInfo registered) {
    return registered != null ? accepts(registered) : licenseKeys.contains(licenseString);
  }

  public static AcceptedTerms of(List<String> rules, Set<String> keys) {
    return new AcceptedTerms(
        rules.contains("OSI_APPROVED"), rules.contains("FSF_LIBRE"), Set.copyOf(keys));
  }
}
