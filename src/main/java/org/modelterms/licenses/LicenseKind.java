package org.modelterms.licenses;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of terms a licence sets.")
public enum LicenseKind {
  @Description("Few conditions beyond attribution (MIT, Apache-2.0, BSD).")
  PERMISSIVE,
  @Description("Derived works must be shared under the same terms (GPL, MPL, CC-BY-SA).")
  COPYLEFT,
  @Description("A licence written for data (CC0, CC-BY, CDLA, ODC).")
  OPEN_DATA,
  @Description("A licence written for documentation (GFDL).")
  OPEN_DOCUMENTATION,
  @Description("Open access with behavioural use restrictions (RAIL, OpenRAIL, Llama, Gemma).")
  RESPONSIBLE_AI,
  @Description("Use for non-commercial purposes only (CC-BY-NC, research licences).")
  NON_COMMERCIAL,
  @Description("Proprietary terms (paid APIs, closed weights).")
  PROPRIETARY,
  @Description("Not classified.")
  OTHER
}
