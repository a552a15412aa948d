package org.modelterms.openness;

import org.eclipse.microprofile.graphql.Description;

public enum OsaidVerdict {
  @Description("Every criterion is met.")
  CONFORMS,
  @Description("At least one criterion is not met.")
  DOES_NOT_CONFORM,
  @Description(
      "No criterion fails, but a fact needed to decide one is unknown (never guessed), or the date"
          + " asked about is before the model's release.")
  INSUFFICIENT_INFORMATION
}
