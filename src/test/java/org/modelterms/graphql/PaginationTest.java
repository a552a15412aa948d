package org.modelterms.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.Fixtures.unique;
import static org.modelterms.testing.GraphQLClient.query;
import static org.modelterms.testing.GraphQLClient.raw;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Fixtures;

/** Connections page with opaque, stable cursors and bounded page sizes. */
@QuarkusTest
class PaginationTest {

  private static final String PAGE =
      """
      query($p: String, $n: Int, $after: String, $order: ModelOrder) {
        models(filter: { provider: $p }, first: $n, after: $after, orderBy: $order) {
          totalCount
          edges { cursor node { slug releasedOn } }
          pageInfo { hasNextPage hasPreviousPage endCursor }
        }
      }
      """;

  @Test
  void walkingPagesVisitsEveryModelOnceInOrder() {
    String provider = Fixtures.organization("pages-" + unique());
    List<String> expected = new ArrayList<>();
    String[] dates = {
      "2024-03-01", null, "2023-01-01", "2024-03-01", "2022-07-01", null, "2025-01-01"
    };
    for (int i = 0; i < dates.length; i++) {
      String slug = "p" + i + "-" + unique();
      Map<String, Object> input =
          new java.util.HashMap<>(Map.of("slug", slug, "name", "Model " + i, "provider", provider));
      if (dates[i] != null) {
        input.put("releasedOn", dates[i]);
      }
      assertThat(Fixtures.registerModel(input).getList("data.modelRegister.userErrors")).isEmpty();
      expected.add(slug);
    }
    assertThat(walk(provider, null)).isEqualTo(expected.stream().sorted().toList());

    List<String> byDateDesc = walk(provider, Map.of("field", "RELEASED_ON", "direction", "DESC"));
    assertThat(byDateDesc).hasSize(dates.length).doesNotHaveDuplicates();
    assertThat(byDateDesc.get(0)).isEqualTo(expected.get(6)); // 2025
    assertThat(byDateDesc.subList(5, 7))
        .containsExactlyInAnyOrder(expected.get(1), expected.get(5));
    assertThat(walk(provider, Map.of("field", "NAME", "direction", "ASC"))).isEqualTo(expected);
  }

  private static List<String> walk(String provider, Map<String, String> order) {
    List<String> seen = new ArrayList<>();
    String after = null;
    boolean first = true;
    while (true) {
      JsonPath r = query(PAGE, "p", provider, "n", 2, "after", after, "order", order);
      seen.addAll(r.getList("data.models.edges.node.slug"));
      assertThat(r.getBoolean("data.models.pageInfo.hasPreviousPage")).isEqualTo(!first);
      first = false;
      if (!r.getBoolean("data.models.pageInfo.hasNextPage")) {
        return seen;
      }
      after = r.getString("data.models.pageInfo.endCursor");
    }
  }

  @Test
  void pageSizeIsBounded() {
    for (int first : new int[] {0, 101, -1}) {
      JsonPath r = raw("query($n: Int) { models(first: $n) { totalCount } }", "n", first);
      assertThat(r.getString("errors[0].extensions.code")).isEqualTo("INVALID_ARGUMENT");
      assertThat(r.getString("errors[0].message")).contains("between 1 and 100");
    }
  }

  @Test
  void foreignCursorsAreRefused() {
    JsonPath r = raw("{ models(after: \"not-a-cursor\") { totalCount } }");
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("INVALID_ARGUMENT");
  }

  @Test
  void unknownNodeIdsAnswerNull() {
    JsonPath r = query("{ node(id: \"bm9wZQ\") { id } a: node(id: \"TW9kZWw6OTk5OTk5\") { id } }");
    assertThat(r.getString("data.node")).isNull();
    assertThat(r.getString("data.a")).isNull();
  }
}
