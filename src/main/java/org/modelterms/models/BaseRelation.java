package org.modelterms.models;

import org.eclipse.microprofile.graphql.Description;

@Description("How a model was derived from its base model.")
public enum BaseRelation {
  FINE_TUNE,
  QUANTIZATION,
  MERGE,
  DISTILLATION,
  ADAPTER,
  CONTINUED_PRETRAINING,
  @Description("Derived in a way its publisher did not state.")
  UNKNOWN
}
