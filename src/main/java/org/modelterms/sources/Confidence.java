package org.modelterms.sources;

import org.eclipse.microprofile.graphql.Description;

@Description("How firmly a source supports a fact.")
public enum Confidence {
  @Description("The publisher's own text.")
  PRIMARY,
  @Description("Press or a third-party copy, not the publisher's own text.")
  SECONDARY,
  @Description("Not confirmed against a primary text: a lead, not a fact.")
  UNVERIFIED
}
