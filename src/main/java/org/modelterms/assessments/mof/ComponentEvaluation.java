package org.modelterms.assessments.mof;

import org.modelterms.openness.MofComponent;

/**
 * The verdict on one component.
 *
 * @param license the licence string used, exactly as declared; {@code null} if none applies
 * @param source where {@code license} came from
 * @param typeAppropriate whether the licence is meant for the component's content type; an open
 *     licence that is not only raises the MOT's "conditional" warning
 */
public record ComponentEvaluation(
    MofComponent component,
    ComponentStatus status,
    String license,
    LicenseSource source,
    boolean typeAppropriate) {

  public boolean isMet() {
    return status == ComponentStatus.MET;
  }

  public boolean isListed() {
    return status != ComponentStatus.NOT_LISTED;
  }

  /** Open but not meant for this type of content: the MOT's "conditional" warning. */
  public boolean isConditional() {
    return isMet() && !typeAppropriate;
  }
}
