package org.modelterms.permissions;

import org.eclipse.microprofile.graphql.Description;

public enum UseVerdict {
  @Description("No rule in force restricts the use, or an exception covers the actor.")
  PERMITTED,
  @Description("Allowed only under conditions the actor was not given or does not settle.")
  CONDITIONAL,
  @Description("A rule in force forbids the use for the actor.")
  PROHIBITED,
  @Description("The registry holds no terms for the model on that date: never guessed.")
  UNKNOWN
}
