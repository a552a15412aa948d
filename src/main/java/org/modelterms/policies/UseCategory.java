package org.modelterms.policies;

import org.eclipse.microprofile.graphql.Description;

/** What a model is used for. Each value's meaning is part of the contract: never repurpose one. */
@Description("A kind of use that policies address.")
public enum UseCategory {
  @Description("Military and warfare, defence, national security.")
  MILITARY,
  @Description("Developing, producing or using weapons, including chemical, biological, nuclear.")
  WEAPONS,
  @Description("The nuclear industry or nuclear applications.")
  NUCLEAR,
  @Description("Espionage and intelligence gathering.")
  ESPIONAGE,
  @Description("Surveillance, tracking people, biometric identification, facial recognition.")
  SURVEILLANCE,
  @Description("Law enforcement, criminal justice, migration and asylum decisions.")
  LAW_ENFORCEMENT,
  @Description("Operating critical infrastructure (energy, water, transport).")
  CRITICAL_INFRASTRUCTURE,
  @Description("Commercial use: products, services, revenue.")
  COMMERCIAL,
  @Description("Research.")
  RESEARCH,
  @Description("Using the model or its outputs to train or improve other models (distillation).")
  TRAINING_OTHER_MODELS,
  @Description("Giving medical advice or making medical decisions.")
  MEDICAL_ADVICE
}
