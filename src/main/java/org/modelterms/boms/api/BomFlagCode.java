package org.modelterms.boms.api;

import org.eclipse.microprofile.graphql.Description;

/** Where the document and the registry disagree, or the document repeats itself: stable codes. */
@Description("Where the document and the registry disagree, or the document repeats itself.")
public enum BomFlagCode {
  @Description(
      "The component declares licences none of which is among the registry's licences for the"
          + " model it resolved to (compared as licences, not as strings).")
  LICENSE_MISMATCH,
  @Description(
      "The component declares a licence whose verdicts are more permissive, for the uses named,"
          + " than the terms its base model passes down.")
  LOOSER_THAN_BASE,
  @Description(
      "Another component before it resolved to the same registry model or, for a model the"
          + " registry does not hold, states the same Hugging Face id.")
  DUPLICATE
}
