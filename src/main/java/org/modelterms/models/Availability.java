package org.modelterms.models;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether something was released.")
public enum Availability {
  @Description("Released in full.")
  AVAILABLE,
  @Description("Released in part (some checkpoints, some of the code, a description only).")
  PARTIAL,
  @Description("Not released.")
  NOT_AVAILABLE,
  @Description("The registry does not know.")
  UNKNOWN
}
