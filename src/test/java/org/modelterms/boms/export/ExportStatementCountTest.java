package org.modelterms.boms.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.modelterms.permissions.ClauseCache;
import org.modelterms.permissions.DecisionCache;

/**
 * An export costs the same number of SQL statements for one model as for many: everything a
 * document states is read for all its models at once, and the base-model chain one level at a time.
 * Counts, not timings, compared with each other rather than with a figure.
 */
@QuarkusTest
class ExportStatementCountTest {

  @Inject SessionFactory sessionFactory;
  @Inject DecisionCache verdicts;
  @Inject ClauseCache clauses;

  private long statements(List<String> models, String format) {
    return statements(
        "query($m: [String!]!, $f: BomExportFormat!) { modelsBom(models: $m, format: $f) { content } }",
        "m",
        models,
        "f",
        format);
  }

  private long statements(String document, Object... variables) {
    verdicts.invalidateAll();
    clauses.invalidateAll();
    Statistics statistics = sessionFactory.getStatistics();
    statistics.clear();
    query(document, variables);
    return statistics.getPrepareStatementCount();
  }

  @Test
  void aPageOfModelsReadsItsBomsTogether() {
    // Meta's first 6 and 9 models by slug: the bases of those derived are on the page too.
    String page =
        "query($n: Int!) { models(first: $n, filter: {provider: \"meta\"}) { nodes {"
            + " bom(format: CYCLONEDX_JSON) } } }";
    statements(page, "n", 9);
    long six = statements(page, "n", 6);
    long nine = statements(page, "n", 9);
    System.out.printf("Model.bom SQL statements: page of 6 -> %d, page of 9 -> %d%n", six, nine);
    assertThat(nine).isEqualTo(six);
  }

  @Test
  void manyModelsCostAsManyStatementsAsOne() {
    // Every model here derives from one base or none: the chain is read in one level.
    List<String> many =
        List.of(
            "llama-3.2-3b",
            "llama-3.2-11b-vision",
            "chatbit",
            "gpt-4o",
            "mistral-7b-v0.1",
            "gpt-oss-120b",
            "llama-3.3-70b-instruct");
    for (String format : List.of("CYCLONEDX_JSON", "SPDX_JSON")) {
      statements(many, format); // the first export may fill caches beyond those cleared here
      long one = statements(List.of("llama-3.2-3b"), format);
      long seven = statements(many, format);
      System.out.printf(
          "%s export SQL statements: 1 model -> %d, 7 models -> %d%n", format, one, seven);
      assertThat(seven).as(format).isEqualTo(one);
    }
  }
}
