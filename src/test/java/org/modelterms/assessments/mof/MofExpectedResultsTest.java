package org.modelterms.assessments.mof;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelterms.openness.MofClass;

/**
 * The MOT's own test files give exactly the class and progress the tool reported for them in {@code
 * expected_results.json}. The results are matched by release name: the file names carry an older
 * generator's numbers and do not always equal the release names inside.
 */
class MofExpectedResultsTest {

  private static Map<String, JsonNode> expectedByName;
  private static MofEvaluator evaluator;

  @BeforeAll
  static void load() throws IOException {
    JsonMapper mapper = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
    JsonNode root = mapper.readTree(MotData.mot("test-data/expected_results.json").toFile());
    expectedByName = new HashMap<>();
    for (JsonNode model : root.path("models")) {
      expectedByName.put(model.path("release").path("name").asText(), model);
    }
    evaluator = new MofEvaluator(MotData.policy());
  }

  static Stream<Arguments> testFiles() {
    return MotData.yamlFiles("test-data").stream()
        .map(file -> Arguments.of(file.getFileName().toString(), file));
  }

  @Test
  void everyExpectedResultHasItsTestFile() throws IOException {
    List<Path> files = MotData.yamlFiles("test-data");
    assertThat(files).hasSize(27);
    assertThat(expectedByName).hasSize(27);
    for (Path file : files) {
      assertThat(expectedByName).containsKey(MotModelFile.read(file).release().name());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("testFiles")
  void matchesTheToolsResult(String fileName, Path file) throws IOException {
    MotModelFile model = MotModelFile.read(file);
    JsonNode expected = expectedByName.get(model.release().name());
    assertThat(expected).as("expected result for release %s", model.release().name()).isNotNull();

    MofResult result = evaluator.evaluate(model);

    JsonNode classification = expected.path("classification");
    int expectedClass = classification.path("class").asInt();
    assertThat(result.achieved().map(MofClass::number).orElse(0))
        .as("class")
        .isEqualTo(expectedClass);
    for (MofClass mofClass : MofClass.values()) {
      double expectedProgress =
          classification.path("progress").path(String.valueOf(mofClass.number())).asDouble();
      assertThat(result.progress(mofClass))
          .as("progress of %s", mofClass)
          .isEqualTo(expectedProgress);
    }
  }
}
