package org.modelterms.assessments.mof;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.modelterms.facts.AcceptedTerms;
import org.modelterms.facts.LicenseInfo;
import org.modelterms.openness.ContentType;

/**
 * The Model Openness Tool's notion of an open licence, read from the registry: the MOF 1.0 accepted
 * terms (OSI-approved, FSF-libre, and the tool's open-data licences) applied to the registered
 * licences, matched exactly as the tool does.
 *
 * <p>The tool's per-licence content types only feed its "conditional" warning; the registry derives
 * them from the licence's kind (code licences for code, data licences for data and documents,
 * documentation licences for documents).
 */
public final class RegistryLicensePolicy implements OpenLicensePolicy {

  private static final String ALL_TYPES = "OpenMDW-1.0";

  private final AcceptedTerms accepted;
  private final Map<String, LicenseInfo> byExactKey;

  public RegistryLicensePolicy(AcceptedTerms accepted, Map<String, LicenseInfo> byExactKey) {
    this.accepted = accepted;
    this.byExactKey = Map.copyOf(byExactKey);
  }

  @Override
  public boolean isOpen(String licenseString) {
    return licenseString != null && accepted.accepts(licenseString, byExactKey.get(licenseString));
  }

  @Override
  public Set<ContentType> contentTypes(String licenseString) {
    if (ALL_TYPES.equals(licenseString)) {
      return EnumSet.allOf(ContentType.class);
    }
    LicenseInfo license = byExactKey.get(licenseString);
    if (license == null) {
      return Set.of();
    }
    switch (license.kind()) {
      case PERMISSIVE:
      case COPYLEFT:
        return EnumSet.of(ContentType.CODE);
      case OPEN_DATA:
        return EnumSet.of(ContentType.DATA, ContentType.DOCUMENT);
      case OPEN_DOCUMENTATION:
        return EnumSet.of(ContentType.DOCUMENT);
      default:
        return Set.of();
    }
  }
}
