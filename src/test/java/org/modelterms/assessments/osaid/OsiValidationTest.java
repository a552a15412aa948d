package org.modelterms.assessments.osaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The registry's OSAID verdicts agree with the Open Source Initiative's own 2024 validation
 * (src/test/resources/osaid/osi-validation-2024.yml, with its sources) for every validated model
 * the dataset holds; where a verdict differs, the registry itself says why: the model's {@code
 * osaidNote}, served with its sources and naming the verdict the registry answers. A model that
 * agrees carries no such note, so a note cannot outlive the difference it explains.
 */
@QuarkusTest
class OsiValidationTest {

  record Source(String url, String title, String published, String notes) {}

  record SystemResult(String system, String outcome, List<String> models) {}

  record Validation(List<Source> sources, List<SystemResult> systems) {}

  static Validation read() throws IOException {
    try (InputStream in =
        OsiValidationTest.class.getResourceAsStream("/osaid/osi-validation-2024.yml")) {
      return new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
          .readValue(in, Validation.class);
    }
  }

  static String expected(String outcome) {
    return switch (outcome) {
      case "PASSED" -> "CONFORMS";
      case "WOULD_PASS_WITH_OTHER_TERMS", "NOT_PASSED" -> "DOES_NOT_CONFORM";
      default -> throw new IllegalArgumentException(outcome);
    };
  }

  @Test
  void theRegistryAgreesWithTheOsiValidationOrSaysWhyNot() throws IOException {
    Validation validation = read();
    assertThat(validation.sources()).isNotEmpty().allSatisfy(s -> assertThat(s.url()).isNotBlank());
    List<String> unexplained = new ArrayList<>();
    List<String> explained = new ArrayList<>();
    int checked = 0;
    for (SystemResult system : validation.systems()) {
      for (String slug : system.models()) {
        JsonPath r =
            query(
                "query($s: String) { model(slug: $s) { osaid { verdict }"
                    + " osaidNote { text sources { field source { url } } } } }",
                "s",
                slug);
        String verdict = r.getString("data.model.osaid.verdict");
        if (verdict == null) {
          continue; // not in the dataset
        }
        checked++;
        Map<String, Object> note = r.getMap("data.model.osaidNote");
        String at = slug + " (" + system.system() + ", " + system.outcome() + "): " + verdict;
        if (expected(system.outcome()).equals(verdict)) {
          assertThat(note).as("a note on a verdict that agrees with the OSI: " + at).isNull();
          continue;
        }
        if (note == null) {
          unexplained.add(at);
          continue;
        }
        explained.add(slug);
        assertThat((String) note.get("text")).as(at).contains(verdict);
        List<Map<String, Object>> sources = r.getList("data.model.osaidNote.sources");
        assertThat(sources).as(at).isNotEmpty();
        assertThat(sources).allSatisfy(c -> assertThat(c.get("field")).isEqualTo("osaidNote"));
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(15);
    assertThat(unexplained).as("verdicts that differ from the OSI's without a note").isEmpty();
    assertThat(explained).as("the differences the dataset explains").containsExactly("t5-11b");
  }
}
