package org.modelterms.assessments.mof;

/** Where the licence used for a component came from, in the order the MOT looks. */
@org.eclipse.microprofile.graphql.Enum("MofLicenseSource")
public enum LicenseSource {
  /** The component's own {@code license}. */
  COMPONENT,
  /** The release's global licence for the component's content type. */
  TYPE_GLOBAL,
  /** The release's {@code distribution} licence. */
  DISTRIBUTION,
  /** None: the component is not listed, or no licence applies to it. */
  NONE
}
