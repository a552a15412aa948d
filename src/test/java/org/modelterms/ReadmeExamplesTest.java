package org.modelterms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's GraphQL examples run against the bundled dataset and give the answers it shows. */
@QuarkusTest
class ReadmeExamplesTest {

  private static List<String> examples() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    Matcher m = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1).replaceAll("(?m)\\s+#.*$", ""));
    }
    return blocks;
  }

  @Test
  void everyExampleRunsWithoutErrors() throws IOException {
    List<String> blocks = examples();
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(6);
    for (String block : blocks) {
      JsonPath r = query(block);
      assertThat(r.getString("data")).as(block).doesNotContain("userErrors=[{");
    }
  }

  @Test
  void theHeadlineAnswersAreTheOnesTheReadmeGives() throws IOException {
    String military =
        examples().stream().filter(b -> b.contains("use: MILITARY")).findFirst().orElseThrow();
    JsonPath r = query(military);
    assertThat(r.getString("data.usePermission.verdict")).isEqualTo("PERMITTED");
    assertThat(r.getBoolean("data.usePermission.explicit")).isTrue();
    // Later versions of Meta's statement (Five Eyes, more allies) keep the verdict but change the
    // deciding clause, so the timeline shows them too.
    assertThat(r.getList("data.policyTimeline.verdict"))
        .containsExactly("UNKNOWN", "PROHIBITED", "PERMITTED", "PERMITTED", "PERMITTED");
    assertThat(r.getList("data.policyTimeline.from"))
        .containsExactly("2019-01-01", "2024-07-23", "2024-11-04", "2024-11-05", "2025-09-22");

    String asKnownAt =
        examples().stream().filter(b -> b.contains("asKnownAt:")).findFirst().orElseThrow();
    JsonPath then = query(asKnownAt);
    assertThat(then.getString("data.knownInJanuary.verdict")).isEqualTo("PERMITTED");
    assertThat(then.getList("data.knownInJanuary.rules.document.title"))
        .contains("Meta statements on Llama for government defence and national-security use");
    assertThat(then.getList("data.knownInJanuary.rules.version.label"))
        .contains("Version of 2024-11-05");
    assertThat(then.getString("data.knownInOctober.verdict")).isEqualTo("PROHIBITED");
    assertThat(then.getList("data.knownInOctober.rules.document.title"))
        .containsOnly("Llama 3.1 Acceptable Use Policy");

    String osaid = examples().stream().filter(b -> b.contains("osaid {")).findFirst().orElseThrow();
    JsonPath pythia = query(osaid);
    assertThat(pythia.getString("data.model.osaid.verdict")).isEqualTo("CONFORMS");
    assertThat(pythia.getList("data.model.osaid.criteria.met")).containsOnly(true);
    JsonPath llama =
        query("{ model(huggingFaceId: \"meta-llama/Llama-3.1-405B\") { osaid { verdict } } }");
    assertThat(llama.getString("data.model.osaid.verdict")).isEqualTo("DOES_NOT_CONFORM");
  }
}
