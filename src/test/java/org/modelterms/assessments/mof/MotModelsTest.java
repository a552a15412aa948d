package org.modelterms.assessments.mof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelterms.openness.MofClass;
import org.modelterms.openness.MofComponent;

/** Every model file the MOT publishes parses and evaluates, with a consistent result. */
class MotModelsTest {

  private static MofEvaluator evaluator;

  @BeforeAll
  static void load() {
    evaluator = new MofEvaluator(MotData.policy());
  }

  static Stream<Arguments> modelFiles() {
    return MotData.yamlFiles("models").stream()
        .map(file -> Arguments.of(file.getFileName().toString(), file));
  }

  @Test
  void allModelFilesAreThere() {
    assertThat(MotData.yamlFiles("models")).hasSize(273);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelFiles")
  void parsesAndEvaluates(String fileName, Path file) throws IOException {
    MotModelFile model = MotModelFile.read(file);
    assertThat(model.release().name()).isNotBlank();
    assertThat(model.release().components()).isNotEmpty();

    MofResult result = evaluator.evaluate(model);

    assertThat(result.components()).hasSize(MofComponent.values().length);
    for (MofClass mofClass : MofClass.values()) {
      ClassEvaluation evaluation = result.evaluation(mofClass);
      assertThat(evaluation.progress()).isBetween(0.0, 100.0);
      assertThat(
              evaluation.met().size() + evaluation.invalid().size() + evaluation.missing().size())
          .isEqualTo(evaluation.required().size());
      // Only a complete, unblocked class reaches 100.
      assertThat(evaluation.progress() == 100.0)
          .isEqualTo(evaluation.isComplete() && !evaluation.blocked());
    }
    result.achieved().ifPresent(achieved -> assertThat(result.progress(achieved)).isEqualTo(100.0));
  }
}
