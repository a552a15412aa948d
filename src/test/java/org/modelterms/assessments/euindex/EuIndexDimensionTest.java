package org.modelterms.assessments.euindex;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The enum is a copy of {@code _parameters.yml}; this keeps the two in step. */
class EuIndexDimensionTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void matchesParametersFileExactly() throws IOException {
    JsonNode groups = YAML.readTree(EuIndexData.file("_parameters.yml").toFile());

    List<String> fromFile = new ArrayList<>();
    for (JsonNode group : groups) {
      for (JsonNode param : group.get("params")) {
        List<String> types = new ArrayList<>();
        param.get("types").forEach(t -> types.add(t.asText()));
        fromFile.add(
            String.join(
                " | ",
                group.get("ref").asText(),
                group.get("name").asText().strip(),
                param.get("ref").asText(),
                param.get("name").asText().strip(),
                String.join(",", types)));
      }
    }
    List<String> fromEnum =
        Stream.of(EuIndexDimension.values())
            .map(
                d ->
                    String.join(
                        " | ",
                        d.group().ref(),
                        d.group().displayName(),
                        d.ref(),
                        d.displayName(),
                        String.join(",", d.modelTypes())))
            .collect(Collectors.toList());

    assertThat(fromEnum).containsExactlyElementsOf(fromFile);
  }

  @Test
  void descriptionsFileDescribesTheSameDimensions() throws IOException {
    JsonNode descriptions =
        YAML.readTree(EuIndexData.file("_parameters-descriptions.yml").toFile());
    List<String> refs = new ArrayList<>();
    descriptions.fieldNames().forEachRemaining(refs::add);

    assertThat(refs)
        .containsExactlyElementsOf(
            Stream.of(EuIndexDimension.values())
                .map(EuIndexDimension::ref)
                .collect(Collectors.toList()));
  }

  @Test
  void looksUpByRef() {
    assertThat(EuIndexDimension.fromRef("licenses")).contains(EuIndexDimension.LICENSES);
    assertThat(EuIndexDimension.fromRef("code")).contains(EuIndexDimension.CODE_DOCUMENTATION);
    assertThat(EuIndexDimension.fromRef("license")).isEmpty();
  }
}
