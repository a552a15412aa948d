package org.modelterms.assessments.osaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every reason the evaluator gives for the dataset's models, on dates before, during and after
 * their terms changed, reads as English: no participle built by gluing "d" or "ed" onto a verb.
 */
@QuarkusTest
class OsaidReasonGrammarTest {

  private static final Pattern AFTER_BE =
      Pattern.compile("\\b(?:be|been|is|are|was|were)\\s+([a-z]+)\\b");

  /** Words the reasons put after a form of "to be": participles and the other words allowed. */
  private static final Set<String> ALLOWED =
      Set.of(
          "released",
          "modified",
          "shared",
          "used",
          "known",
          "governed",
          "among",
          "a",
          "an",
          "the",
          "under",
          "only",
          "in",
          "accepted",
          "available",
          "restricted",
          "unknown",
          "granted",
          "not",
          "nothing");

  @Test
  void everyReasonIsGrammatical() {
    Set<String> reasons = new TreeSet<>();
    for (String on : List.of("2023-05-28", "2024-06-01", "2025-06-01", "2026-12-01")) {
      List<Map<String, Object>> criteria =
          query(
                  """
                  query($on: Date) {
                    models(first: 100) { nodes { osaid(on: $on) { criteria { reason } } } }
                  }
                  """,
                  "on",
                  on)
              .getList("data.models.nodes.osaid.criteria.flatten()");
      criteria.forEach(c -> reasons.add((String) c.get("reason")));
    }
    assertThat(reasons).hasSizeGreaterThan(50);
    assertThat(reasons).anyMatch(r -> r.contains("may be modified"));
    for (String reason : reasons) {
      // Quotes from policy texts are evidence, verbatim: only the evaluator's own words count.
      String own = reason.replaceAll("\"[^\"]*\"", "\"\"");
      assertThat(own).as(reason).doesNotContainPattern("\\b[a-z]+(?:yd|eed|ifyed|eded)\\b");
      Matcher m = AFTER_BE.matcher(own);
      while (m.find()) {
        assertThat(ALLOWED).as(reason).contains(m.group(1));
      }
    }
  }
}
