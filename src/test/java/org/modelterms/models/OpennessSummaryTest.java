package org.modelterms.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.models.Availability.AVAILABLE;
import static org.modelterms.models.Availability.NOT_AVAILABLE;
import static org.modelterms.models.Availability.PARTIAL;
import static org.modelterms.models.Availability.UNKNOWN;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OpennessSummaryTest {

  @Test
  void allReleasedIsAvailableAndAllWithheldIsNot() {
    Map<ComponentKind, Availability> open =
        Map.of(
            ComponentKind.TRAINING_CODE, AVAILABLE,
            ComponentKind.INFERENCE_CODE, AVAILABLE,
            ComponentKind.DATA_PREPROCESSING_CODE, AVAILABLE);
    assertThat(OpennessSummary.code(open)).isEqualTo(AVAILABLE);
    Map<ComponentKind, Availability> closed =
        Map.of(
            ComponentKind.TRAINING_CODE, NOT_AVAILABLE,
            ComponentKind.INFERENCE_CODE, NOT_AVAILABLE,
            ComponentKind.DATA_PREPROCESSING_CODE, NOT_AVAILABLE);
    assertThat(OpennessSummary.code(closed)).isEqualTo(NOT_AVAILABLE);
  }

  @Test
  void somethingReleasedBesideTheRestIsPartial() {
    assertThat(OpennessSummary.code(Map.of(ComponentKind.INFERENCE_CODE, AVAILABLE)))
        .isEqualTo(PARTIAL);
    assertThat(OpennessSummary.weights(Map.of(ComponentKind.FINAL_PARAMETERS, PARTIAL)))
        .isEqualTo(PARTIAL);
  }

  @Test
  void nothingKnownIsUnknownNeverGuessed() {
    assertThat(OpennessSummary.weights(Map.of())).isEqualTo(UNKNOWN);
    assertThat(OpennessSummary.data(Map.of(ComponentKind.DATASETS, NOT_AVAILABLE)))
        .isEqualTo(UNKNOWN);
  }
}
