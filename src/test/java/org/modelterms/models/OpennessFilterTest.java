package org.modelterms.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.Fixtures.component;
import static org.modelterms.testing.Fixtures.unique;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Fixtures;

/** The catalogue filters by the provider's country and by the openness of code and data. */
@QuarkusTest
class OpennessFilterTest {

  @Test
  void filtersByCountryAndByTheOpennessSummaries() {
    String provider = Fixtures.organization("filter-" + unique());
    String open =
        model(
            provider,
            List.of(
                component("TRAINING_CODE", "AVAILABLE", "MIT"),
                component("INFERENCE_CODE", "AVAILABLE", "MIT"),
                component("DATA_PREPROCESSING_CODE", "AVAILABLE", "MIT"),
                component("DATASETS", "NOT_AVAILABLE", null),
                component("DATA_CARD", "NOT_AVAILABLE", null)));
    String partial =
        model(
            provider,
            List.of(
                component("INFERENCE_CODE", "AVAILABLE", "MIT"),
                component("DATA_CARD", "PARTIAL", null)));
    String unknown = model(provider, List.of(component("DATASETS", "NOT_AVAILABLE", null)));

    assertThat(slugs(Map.of("provider", provider, "code", "AVAILABLE"))).containsExactly(open);
    assertThat(slugs(Map.of("provider", provider, "code", "PARTIAL"))).containsExactly(partial);
    assertThat(slugs(Map.of("provider", provider, "code", "UNKNOWN"))).containsExactly(unknown);
    assertThat(slugs(Map.of("provider", provider, "code", "NOT_AVAILABLE"))).isEmpty();
    assertThat(slugs(Map.of("provider", provider, "data", "NOT_AVAILABLE"))).containsExactly(open);
    assertThat(slugs(Map.of("provider", provider, "data", "PARTIAL"))).containsExactly(partial);
    assertThat(slugs(Map.of("provider", provider, "data", "UNKNOWN"))).containsExactly(unknown);
    assertThat(slugs(Map.of("provider", provider, "weights", "UNKNOWN")))
        .containsExactlyInAnyOrder(open, partial, unknown);

    assertThat(slugs(Map.of("provider", provider, "country", "us")))
        .containsExactlyInAnyOrder(open, partial, unknown);
    assertThat(slugs(Map.of("provider", provider, "country", "DE"))).isEmpty();
  }

  /** The four answers split the models, and every model's openness agrees with its answer. */
  @Test
  void filterAgreesWithTheOpennessEveryModelShows() {
    int total = query("{ models { totalCount } }").getInt("data.models.totalCount");
    for (String part : List.of("weights", "code", "data")) {
      int matched = 0;
      for (String availability : List.of("AVAILABLE", "PARTIAL", "NOT_AVAILABLE", "UNKNOWN")) {
        var page =
            query(
                """
                query($filter: ModelFilter) {
                  models(filter: $filter, first: 100) {
                    totalCount
                    nodes { openness { weights code data } }
                  }
                }
                """,
                "filter",
                Map.of(part, availability));
        List<String> shown = page.getList("data.models.nodes.openness." + part);
        assertThat(shown).as(part + " " + availability).allMatch(availability::equals);
        matched += page.getInt("data.models.totalCount");
      }
      assertThat(matched).as(part).isEqualTo(total);
    }
  }

  private static String model(String provider, List<Map<String, Object>> components) {
    String slug = "filter-model-" + unique();
    Map<String, Object> input = new HashMap<>();
    input.put("slug", slug);
    input.put("name", "Model " + slug);
    input.put("provider", provider);
    input.put("components", components);
    assertThat(Fixtures.registerModel(input).getList("data.modelRegister.userErrors")).isEmpty();
    return slug;
  }

  private static List<String> slugs(Map<String, Object> filter) {
    return query(
            """
            query($filter: ModelFilter) { models(filter: $filter, first: 100) { nodes { slug } } }
            """,
            "filter",
            filter)
        .getList("data.models.nodes.slug");
  }
}
