package org.modelterms.assessments.mof;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modelterms.openness.MofClass;
import org.modelterms.openness.MofComponent;

/** {@link MofComponent} mirrors the MOT's configuration; a change there must fail the build. */
class MofComponentSettingsTest {

  @Test
  void componentsAgreeWithTheMotSettings() throws IOException {
    JsonNode settings =
        new ObjectMapper(new YAMLFactory()).readTree(MotData.mot("mof.settings.yml").toFile());
    JsonNode components = settings.path("components");
    assertThat(components.size()).isEqualTo(MofComponent.values().length).isEqualTo(17);

    Set<MofComponent> seen = EnumSet.noneOf(MofComponent.class);
    for (JsonNode entry : components) {
      String name = entry.path("name").asText();
      MofComponent component =
          MofComponent.fromMotName(name)
              .orElseThrow(() -> new AssertionError("no MofComponent named '" + name + "'"));
      seen.add(component);

      assertThat(component.motId()).as("id of %s", name).isEqualTo(entry.path("id").asInt());
      assertThat(component.contentType().motName())
          .as("content type of %s", name)
          .isEqualTo(entry.path("content_type").asText());
      boolean required = entry.path("required").asBoolean();
      assertThat(component.requiredBy())
          .as("class requiring %s", name)
          .isEqualTo(
              required
                  ? Optional.of(MofClass.ofNumber(entry.path("class").asInt()))
                  : Optional.empty());
    }
    assertThat(seen).containsExactlyInAnyOrder(MofComponent.values());
  }

  @Test
  void classesRequireSixTenAndFourteenComponents() {
    assertThat(MofClass.CLASS_III.requiredComponents())
        .containsExactlyInAnyOrder(
            MofComponent.MODEL_ARCHITECTURE,
            MofComponent.FINAL_PARAMETERS,
            MofComponent.EVALUATION_RESULTS,
            MofComponent.MODEL_CARD,
            MofComponent.DATA_CARD,
            MofComponent.TECHNICAL_REPORT);
    assertThat(MofClass.CLASS_II.requiredComponents())
        .hasSize(10)
        .containsAll(MofClass.CLASS_III.requiredComponents())
        .contains(
            MofComponent.TRAINING_CODE,
            MofComponent.INFERENCE_CODE,
            MofComponent.EVALUATION_CODE,
            MofComponent.EVALUATION_DATA);
    assertThat(MofClass.CLASS_I.requiredComponents())
        .hasSize(14)
        .containsAll(MofClass.CLASS_II.requiredComponents())
        .contains(
            MofComponent.DATASETS,
            MofComponent.DATA_PREPROCESSING_CODE,
            MofComponent.INTERMEDIATE_PARAMETERS,
            MofComponent.RESEARCH_PAPER)
        .doesNotContain(
            MofComponent.MODEL_METADATA,
            MofComponent.SUPPORTING_LIBRARIES,
            MofComponent.SAMPLE_OUTPUTS);
  }
}
