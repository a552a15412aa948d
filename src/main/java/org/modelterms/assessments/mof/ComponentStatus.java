package org.modelterms.assessments.mof;

/** How a component fares, before any class is considered. */
@org.eclipse.microprofile.graphql.Enum("MofComponentStatus")
public enum ComponentStatus {
  /** Listed, under an open licence: counts towards progress. */
  MET,
  /** Listed, under a licence that is not open. */
  INVALID,
  /** Listed, but unlicensed: {@code unlicensed}, an empty string, or no licence at any level. */
  UNLICENSED,
  /** Not listed under its exact name. */
  NOT_LISTED
}
