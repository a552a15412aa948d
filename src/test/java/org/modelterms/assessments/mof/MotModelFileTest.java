package org.modelterms.assessments.mof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelterms.openness.ContentType;
import org.modelterms.openness.MofComponent;

class MotModelFileTest {

  private static final String EXAMPLE =
      """
      framework:
        name: 'Model Openness Framework'
        version: '1.0'
        date: '2024-12-15'
      release:
        name: Example
        version: 7B
        date: '2025-01-01'
        type: language
        architecture: 'transformer decoder'
        origin: Example-base
        producer: Example Labs
        contact: ''
        repository: 'https://github.com/example/example'
        huggingface: 'https://huggingface.co/example/example'
        license:
          distribution:
            name: Apache-2.0
            path: ''
          data:
            name: CC-BY-4.0
            path: 'https://example.com/data-licence'
        components:
          -
            name: 'Model architecture'
            description: "Well commented code for the model's architecture"
          - name: Datasets
            license:
          - name: 'Model card'
            license: ''
          - name: 'Data card'
            license: unlicensed
          - name: 'Training code'
            license: MIT
            license_path: LICENSE
            component_path: 'https://github.com/example/example/tree/main/train'
      """;

  @Test
  void readsReleaseAndGlobalLicences() {
    MotModelFile file = MotModelFile.parse(EXAMPLE);

    assertThat(file.framework())
        .isEqualTo(new MotModelFile.Framework("Model Openness Framework", "1.0", "2024-12-15"));
    MotModelFile.Release release = file.release();
    assertThat(release.name()).isEqualTo("Example");
    assertThat(release.version()).isEqualTo("7B");
    assertThat(release.date()).isEqualTo("2025-01-01");
    assertThat(release.type()).isEqualTo("language");
    assertThat(release.architecture()).isEqualTo("transformer decoder");
    assertThat(release.origin()).isEqualTo("Example-base");
    assertThat(release.producer()).isEqualTo("Example Labs");
    assertThat(release.contact()).isEmpty();
    assertThat(release.treatment()).isNull();
    assertThat(release.huggingface()).isEqualTo("https://huggingface.co/example/example");
    assertThat(release.distributionLicense())
        .isEqualTo(new MotModelFile.GlobalLicense("Apache-2.0", ""));
    assertThat(release.typeLicenses())
        .containsExactly(
            Map.entry(
                ContentType.DATA,
                new MotModelFile.GlobalLicense("CC-BY-4.0", "https://example.com/data-licence")));
  }

  @Test
  void keepsAbsentNullEmptyAndUnlicensedApart() {
    var components = MotModelFile.parse(EXAMPLE).release().components();

    assertThat(components)
        .extracting(MotModelFile.Component::component)
        .containsExactly(
            MofComponent.MODEL_ARCHITECTURE,
            MofComponent.DATASETS,
            MofComponent.MODEL_CARD,
            MofComponent.DATA_CARD,
            MofComponent.TRAINING_CODE);
    // No license key at all.
    assertThat(components.get(0).licenseKeyPresent()).isFalse();
    assertThat(components.get(0).license()).isNull();
    assertThat(components.get(0).declaresLicense()).isFalse();
    // "license:" with no value.
    assertThat(components.get(1).licenseKeyPresent()).isTrue();
    assertThat(components.get(1).license()).isNull();
    assertThat(components.get(1).declaresLicense()).isFalse();
    // Empty string and "unlicensed" are declared licences (that say "none").
    assertThat(components.get(2).license()).isEmpty();
    assertThat(components.get(2).declaresLicense()).isTrue();
    assertThat(components.get(3).license()).isEqualTo("unlicensed");
    MotModelFile.Component trainingCode = components.get(4);
    assertThat(trainingCode.license()).isEqualTo("MIT");
    assertThat(trainingCode.licensePath()).isEqualTo("LICENSE");
    assertThat(trainingCode.componentPath())
        .isEqualTo("https://github.com/example/example/tree/main/train");
    assertThat(trainingCode.name()).isEqualTo("Training code");
  }

  @Test
  void keepsDuplicateComponentsInFileOrder() {
    MotModelFile file =
        MotModelFile.parse(
            """
            release:
              name: Twice
              components:
                - name: Datasets
                  license: MIT
                - name: Datasets
                  license: unlicensed
            """);

    assertThat(file.framework()).isNull();
    assertThat(file.release().components())
        .extracting(MotModelFile.Component::license)
        .containsExactly("MIT", "unlicensed");
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("empty text", "", 1, "empty"),
        Arguments.of(
            "not YAML: unclosed list",
            """
            release:
              name: Broken
              components: [a, b
            """,
            4,
            "not valid YAML: expected ',' or ']'"),
        Arguments.of(
            "not YAML: tab indentation",
            "release:\n  name: Tabs\n\tproducer: x\n",
            3,
            "not valid YAML: found character '\\t(TAB)'"),
        Arguments.of("a list, not a mapping", "- release\n- name\n", 1, "should be a mapping"),
        Arguments.of(
            "no release",
            """
            framework:
              name: 'Model Openness Framework'
            """,
            1,
            "no 'release'"),
        Arguments.of(
            "release without a name",
            """
            release:
              producer: Nobody
              components: []
            """,
            1,
            "no name"),
        Arguments.of(
            "unknown component name",
            """
            release:
              name: Odd
              components:
                - name: 'Model architecture'
                - name: 'Model weights'
                  license: MIT
            """,
            5,
            "'Model weights' is not the exact name"),
        Arguments.of(
            "component name in the wrong case",
            """
            release:
              name: Odd
              components:
                - name: 'model card'
            """,
            4,
            "'model card' is not the exact name"),
        Arguments.of(
            "components is text",
            """
            release:
              name: Odd
              components: Datasets
            """,
            3,
            "'release.components' should be a list, but is text"),
        Arguments.of(
            "licence is a list",
            """
            release:
              name: Odd
              components:
                - name: Datasets
                  license:
                    - MIT
                    - Apache-2.0
            """,
            6,
            "'license' of component 1 should be text, but is a list"),
        Arguments.of(
            "unquoted number",
            """
            release:
              name: Odd
              version: 1.0
            """,
            3,
            "put it in quotes"),
        Arguments.of(
            "misspelt key",
            """
            release:
              name: Odd
              components:
                - name: Datasets
                  licence: MIT
            """,
            5,
            "unknown key 'licence'"),
        Arguments.of(
            "unknown global licence type",
            """
            release:
              name: Odd
              license:
                weights:
                  name: MIT
            """,
            4,
            "unknown entry 'weights'"),
        Arguments.of(
            "duplicate key",
            """
            release:
              name: Odd
              name: Even
            """,
            3,
            "appears twice"),
        Arguments.of(
            "YAML alias",
            """
            release:
              name: &n Odd
              producer: *n
            """,
            3,
            "aliases"),
        Arguments.of(
            "two documents",
            """
            release:
              name: One
            ---
            release:
              name: Two
            """,
            4,
            "second one"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void rejectsMalformedInputWithItsLine(String description, String yaml, int line, String problem) {
    MotFormatException e =
        catchThrowableOfType(MotFormatException.class, () -> MotModelFile.parse(yaml));

    assertThat(e).as("exception for %s", description).isNotNull();
    assertThat(e.problem()).contains(problem);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.getMessage()).startsWith("line " + line + ": ");
  }
}
