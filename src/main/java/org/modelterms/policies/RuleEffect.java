package org.modelterms.policies;

import org.eclipse.microprofile.graphql.Description;

@Description("What a rule says about a use.")
public enum RuleEffect {
  @Description("Forbids the use (for the actors its conditions name, or for everyone).")
  PROHIBIT,
  @Description("Expressly permits the use (for the actors its conditions name): an exception.")
  PERMIT,
  @Description("Allows the use only when its conditions are settled (approval, a user threshold).")
  CONDITIONAL
}
