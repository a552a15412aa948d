package org.modelterms.boms.api;

import org.eclipse.microprofile.graphql.Description;

/** How a model of a bill of materials was resolved, tried in this order. */
@Description("How a model of a bill of materials was resolved, tried in this order.")
public enum BomResolutionPath {
  @Description("A model the registry holds; its verdicts are the registry's own.")
  MODEL,
  @Description(
      "Not in the registry, but a base model the document names is: it inherits that model's"
          + " terms as a registered fine-tune does.")
  BASE_MODEL,
  @Description(
      "Only its declared licence is known: the verdicts come from the registry's documents for"
          + " that licence.")
  DECLARED_LICENSE,
  @Description("Nothing the document says leads to terms the registry holds; `reason` says why.")
  UNRESOLVED
}
