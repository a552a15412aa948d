package org.modelterms.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.Fixtures.unique;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Fixtures;

/** Concurrent edits of one object: one wins, the others get CONFLICT, none is lost silently. */
@QuarkusTest
class ConcurrentEditTest {

  @Test
  void onlyOneOfManyConcurrentEditsOfTheSameRevisionWins() throws Exception {
    String provider = Fixtures.organization("race-" + unique());
    String slug = Fixtures.openModel(provider, "contested-" + unique());
    int revision =
        query("query($s: String) { model(slug: $s) { revision } }", "s", slug)
            .getInt("data.model.revision");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<List<String>>> edits = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        String name = "Name " + i;
        edits.add(
            () ->
                query(
                        """
                        mutation($input: ModelUpdateInput!) { modelUpdate(input: $input) { userErrors { code } } }
                        """,
                        "input",
                        Map.of("model", slug, "name", name, "expectedRevision", revision))
                    .getList("data.modelUpdate.userErrors.code"));
      }
      List<List<String>> outcomes = new ArrayList<>();
      for (Future<List<String>> f : pool.invokeAll(edits)) {
        outcomes.add(f.get());
      }
      assertThat(outcomes).filteredOn(List::isEmpty).hasSize(1);
      assertThat(outcomes)
          .filteredOn(o -> !o.isEmpty())
          .allSatisfy(o -> assertThat(o).containsExactly("CONFLICT"));
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            query("query($s: String) { model(slug: $s) { revision } }", "s", slug)
                .getInt("data.model.revision"))
        .isEqualTo(revision + 1);
  }
}
