package org.modelterms.assessments.mof;

import java.util.Set;
import org.modelterms.openness.ContentType;

/**
 * Which licence strings the MOT counts as open, and which content types each licence is meant for.
 * The evaluator asks only this, so the registry can answer from its own licence tables while tests
 * answer from the MOT's files ({@link MotLicenseTables}).
 */
public interface OpenLicensePolicy {

  /**
   * Whether the licence string, compared exactly and case-sensitively (no expression parsing, no
   * aliases), names an open licence.
   */
  boolean isOpen(String licenseString);

  /**
   * The content types the licence is meant for; empty if unknown. Only used for the MOT's
   * "conditional" warning, never for progress or class.
   */
  Set<ContentType> contentTypes(String licenseString);
}
