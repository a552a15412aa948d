package org.modelterms.boms.api;

import org.eclipse.microprofile.graphql.Description;

/** What in the document named the registry model. */
@Description("What in the document named the registry model.")
public enum BomMatch {
  @Description("Its package URL, pkg:huggingface/<org>/<name>@<revision>.")
  PURL,
  @Description("Its Hugging Face id.")
  HUGGING_FACE_ID,
  @Description("A huggingface.co URL among its references.")
  URL,
  @Description(
      "Its name (the model's name or slug) with its supplier (the provider's name or slug), both"
          + " ignoring case.")
  NAME_AND_SUPPLIER,
  @Description(
      "For a base model reference, which names no supplier: the model's name or slug alone,"
          + " ignoring case, when exactly one registry model has it.")
  NAME
}
