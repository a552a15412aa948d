package org.modelterms.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Fixtures;

/**
 * A model's OSAID note is written and replaced with its sources, never without one, and read back
 * over GraphQL with only its own citations.
 */
@QuarkusTest
class OsaidNoteTest {

  private static final String READ =
      "query($s: String) { model(slug: $s) { osaidNote { text sources { field source { url } } }"
          + " sources { field } } }";

  private static JsonPath update(String slug, Map<String, Object> note) {
    return query(
        """
        mutation($input: ModelUpdateInput!) {
          modelUpdate(input: $input) { userErrors { field code } }
        }
        """,
        "input",
        Map.of("model", slug, "osaidNote", note));
  }

  private static Map<String, Object> note(String text, String... urls) {
    return Map.of(
        "text", text, "sources", List.of(urls).stream().map(u -> Map.of("url", u)).toList());
  }

  @Test
  void aNoteIsRegisteredReplacedAndRemovedWithItsSources() {
    String provider = Fixtures.organization("org-" + Fixtures.unique());
    String slug = "noted-" + Fixtures.unique();
    Map<String, Object> input = new HashMap<>();
    input.put("slug", slug);
    input.put("name", "Noted");
    input.put("provider", provider);
    input.put("sources", List.of(Map.of("url", "https://example.org/card")));
    input.put("osaidNote", note("Differs because of A.", "https://example.org/a"));
    assertThat(Fixtures.registerModel(input).getList("data.modelRegister.userErrors")).isEmpty();

    JsonPath r = query(READ, "s", slug);
    assertThat(r.getString("data.model.osaidNote.text")).isEqualTo("Differs because of A.");
    assertThat(r.getList("data.model.osaidNote.sources.source.url"))
        .containsExactly("https://example.org/a");
    assertThat(r.getList("data.model.osaidNote.sources.field")).containsOnly("osaidNote");
    assertThat(r.getList("data.model.sources.field")).containsExactlyInAnyOrder(null, "osaidNote");

    assertThat(
            update(slug, note("Differs because of B.", "https://example.org/b"))
                .getList("data.modelUpdate.userErrors"))
        .isEmpty();
    r = query(READ, "s", slug);
    assertThat(r.getString("data.model.osaidNote.text")).isEqualTo("Differs because of B.");
    assertThat(r.getList("data.model.osaidNote.sources.source.url"))
        .containsExactly("https://example.org/b");

    assertThat(update(slug, note("")).getList("data.modelUpdate.userErrors")).isEmpty();
    r = query(READ, "s", slug);
    assertThat(r.getMap("data.model.osaidNote")).isNull();
    assertThat(r.getList("data.model.sources.field")).containsExactly((Object) null);
  }

  @Test
  void aNoteWithoutSourcesOrTooLongIsRefusedAndChangesNothing() {
    String slug =
        Fixtures.openModel(
            Fixtures.organization("org-" + Fixtures.unique()), "m-" + Fixtures.unique());
    assertThat(update(slug, note("Unsourced.")).getList("data.modelUpdate.userErrors"))
        .extracting(e -> ((Map<?, ?>) e).get("code"), e -> ((Map<?, ?>) e).get("field"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "REQUIRED", List.of("input", "osaidNote", "sources")));
    assertThat(
            update(slug, note("x".repeat(5001), "https://example.org/x"))
                .getList("data.modelUpdate.userErrors.code"))
        .containsExactly("TOO_LONG");
    assertThat(
            update(slug, note("", "https://example.org/x"))
                .getList("data.modelUpdate.userErrors.code"))
        .containsExactly("REQUIRED");
    assertThat(query(READ, "s", slug).getMap("data.model.osaidNote")).isNull();
  }

  @Test
  void theFirstLoadRecordsANoteWhenTheRegistryWroteItNotWhenTheModelWasReleased() {
    String id = query("{ model(slug: \"t5-11b\") { id } }").getString("data.model.id");
    List<Map<String, Object>> changes =
        query(
                "query($id: ID!) { changes(entity: $id) { nodes { operation recordedAt recordedBy"
                    + " changedFields after } } }",
                "id",
                id)
            .getList("data.changes.nodes");
    assertThat(changes.get(0).get("operation")).isEqualTo("INSERT");
    assertThat((String) changes.get(0).get("recordedAt")).startsWith("2019-10-23");
    assertThat((String) changes.get(0).get("after")).contains("\"osaid_note\": null");
    Map<String, Object> noted =
        changes.stream()
            .filter(c -> c.get("operation").equals("UPDATE"))
            .filter(c -> ((List<?>) c.get("changedFields")).contains("osaid_note"))
            .findFirst()
            .orElseThrow();
    // The dataset's snapshot: the note is the registry's reading, not a fact of 2019.
    assertThat((String) noted.get("recordedAt")).startsWith("2026-08-22");
    assertThat(noted.get("recordedBy")).isEqualTo("modelterms-dataset");
  }
}
