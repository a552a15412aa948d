package org.modelterms.models;

import java.util.List;
import java.util.Map;

/**
 * Summarises a model's components as three answers: are the weights, the code and the data
 * released? Weights are the final parameters; code is training, inference and pre-processing code;
 * data is the datasets and the data card (the description of the training data).
 */
public final class OpennessSummary {

  static final List<ComponentKind> WEIGHTS = List.of(ComponentKind.FINAL_PARAMETERS);
  static final List<ComponentKind> CODE =
      List.of(
          ComponentKind.TRAINING_CODE,
          ComponentKind.INFERENCE_CODE,
          ComponentKind.DATA_PREPROCESSING_CODE);
  static final List<ComponentKind> DATA = List.of(ComponentKind.DATASETS, ComponentKind.DATA_CARD);

  private OpennessSummary() {}

  /**
   * Combines the availability of several components: all available is available, all withheld is
   * not available; anything released alongside something withheld or unknown is partial; and with
   * nothing released, any unknown part makes the whole unknown (never guessed).
   */
  public static Availability combine(
      List<ComponentKind> kinds, Map<ComponentKind, Availability> of) {
    boolean allAvailable = true;
    boolean allWithheld = true;
    boolean anyReleased = false;
    for (ComponentKind kind : kinds) {
      Availability a = of.getOrDefault(kind, Availability.UNKNOWN);
      allAvailable &= a == Availability.AVAILABLE;
      allWithheld &= a == Availability.NOT_AVAILABLE;
      anyReleased |= a == Availability.AVAILABLE || a == Availability.PARTIAL;
    }
    if (allAvailable) {
      return Availability.AVAILABLE;
    }
    if (allWithheld) {
      return Availability.NOT_AVAILABLE;
    }
    return anyReleased ? Availability.PARTIAL : Availability.UNKNOWN;
  }

  public static Availability weights(Map<ComponentKind, Availability> of) {
    return combine(WEIGHTS, of);
  }

  public static Availability code(Map<ComponentKind, Availability> of) {
    return combine(CODE, of);
  }

  public static Availability data(Map<ComponentKind, Availability> of) {
    return combine(DATA, of);
  }
}
