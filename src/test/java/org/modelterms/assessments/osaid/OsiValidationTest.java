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
 * the dataset holds, unless the file records why the registry differs and what it answers instead.
 */
@QuarkusTest
class OsiValidationTest {

  record Source(String url, String title, String published, String notes) {}

  /** Why the registry answers otherwise than the OSI did, with the sources of the new facts. */
  record Difference(String verdict, String because, List<String> sources) {}

  record SystemResult(
      String system, String outcome, List<String> models, Map<String, Difference> differs) {}

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
    List<String> disagreements = new ArrayList<>();
    int checked = 0;
    for (SystemResult system : validation.systems()) {
      for (String slug : system.models()) {
        JsonPath r =
            query("query($s: String) { model(slug: $s) { osaid { verdict } } }", "s", slug);
        String verdict = r.getString("data.model.osaid.verdict");
        if (verdict == null) {
          continue; // not in the dataset
        }
        checked++;
        Difference difference = system.differs() == null ? null : system.differs().get(slug);
        String want = difference != null ? difference.verdict() : expected(system.outcome());
        if (difference != null) {
          assertThat(difference.because()).as(slug).isNotBlank();
          assertThat(difference.sources()).as(slug).isNotEmpty();
        }
        if (!want.equals(verdict)) {
          disagreements.add(
              slug + " (" + system.system() + ", " + system.outcome() + "): " + verdict);
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(15);
    assertThat(disagreements).isEmpty();
  }
}
