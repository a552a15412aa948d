package org.modelterms.boms.api;

import org.eclipse.microprofile.graphql.Description;

/** Why a model of a bill of materials could not be resolved: stable codes. */
@Description("Why a model of a bill of materials could not be resolved.")
public enum BomUnresolvedReason {
  @Description("The component gives no name, package URL, Hugging Face id, base model or licence.")
  NO_IDENTIFIER,
  @Description(
      "The registry holds no model by the identifiers given, no base model is named, and no"
          + " licence is declared.")
  UNKNOWN_MODEL,
  @Description(
      "The registry holds neither the model nor any base model the document names (followed"
          + " through the document), and no licence is declared.")
  UNKNOWN_BASE_MODEL,
  @Description(
      "The registry holds neither the model nor a base model of it, and no licence it declares is"
          + " one the registry knows.")
  UNKNOWN_LICENSE
}
