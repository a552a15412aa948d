package org.modelterms.models;

import org.eclipse.microprofile.graphql.Description;

/** The 17 components of the Model Openness Framework 1.0. */
@Description("A released part of a model, as the Model Openness Framework (MOF 1.0) names them.")
public enum ComponentKind {
  MODEL_ARCHITECTURE,
  FINAL_PARAMETERS,
  INTERMEDIATE_PARAMETERS,
  TRAINING_CODE,
  INFERENCE_CODE,
  EVALUATION_CODE,
  DATA_PREPROCESSING_CODE,
  SUPPORTING_LIBRARIES,
  DATASETS,
  EVALUATION_DATA,
  MODEL_METADATA,
  MODEL_CARD,
  DATA_CARD,
  TECHNICAL_REPORT,
  RESEARCH_PAPER,
  EVALUATION_RESULTS,
  SAMPLE_OUTPUTS
}
