package org.modelterms.openness;

import org.eclipse.microprofile.graphql.Description;

@Description("What the Open Source AI Definition 1.0 requires.")
public enum OsaidCriterionKind {
  @Description(
      "Data information: enough detail about the training data for a skilled person to build a"
          + " substantially equivalent system, under accepted terms.")
  DATA_INFORMATION,
  @Description(
      "The code to train and run the system (data pre-processing, training, inference, supporting libraries), under OSI-approved licences.")
  CODE,
  @Description(
      "The model: its architecture under an OSI-approved licence and its final parameters (weights) under accepted terms.")
  PARAMETERS,
  @Description("The freedom to use the system for any purpose without asking permission.")
  USE,
  @Description("The freedom to study how the system works and inspect its components.")
  STUDY,
  @Description("The freedom to modify the system for any purpose.")
  MODIFY,
  @Description("The freedom to share the system, with or without modifications.")
  SHARE
}
