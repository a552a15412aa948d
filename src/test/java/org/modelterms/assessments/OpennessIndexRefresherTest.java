package org.modelterms.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.Fixtures.component;
import static org.modelterms.testing.Fixtures.unique;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Fixtures;

/** With the background refresh on, the verdict index fills itself after writes. */
@QuarkusTest
@TestProfile(OpennessIndexRefresherTest.Refreshing.class)
class OpennessIndexRefresherTest {

  public static class Refreshing implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "modelterms.verdict-index.refresh", "true",
          "modelterms.verdict-index.refresh-delay", "100ms",
          "modelterms.dataset.load-at-start", "false");
    }
  }

  @Inject EntityManager em;

  @Test
  void aRegisteredModelsVerdictIsStoredSoonAfterAndDroppedByAChange() throws Exception {
    String slug = "refreshed-" + unique();
    JsonPath r =
        Fixtures.registerModel(
            Map.of(
                "slug",
                slug,
                "name",
                slug,
                "provider",
                Fixtures.organization("refreshed-" + unique()),
                "components",
                StoredVerdictTest.components(true)));
    assertThat(r.getList("data.modelRegister.userErrors")).isEmpty();
    String stored = awaitStored(slug);
    assertThat(stored).isEqualTo("CONFORMS");
    assertThat(stored)
        .isEqualTo(
            query("query($s: String) { model(slug: $s) { osaid { verdict } } }", "s", slug)
                .getString("data.model.osaid.verdict"));

    query(
        """
        mutation($input: ComponentSetInput!) { componentSet(input: $input) { userErrors { code } } }
        """,
        "input",
        Map.of("model", slug, "component", component("TRAINING_CODE", "NOT_AVAILABLE", null)));
    // Dropped by the write, then computed again from the new facts.
    assertThat(awaitStored(slug)).isEqualTo("DOES_NOT_CONFORM");
  }

  /** The index's verdict for the model once there (a write drops it in its own transaction). */
  private String awaitStored(String slug) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      @SuppressWarnings("unchecked")
      List<String> found =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      em.createNativeQuery(
                              "select a.osaid_verdict from model_assessment a"
                                  + " join model m on m.id = a.model_id where m.slug = :slug")
                          .setParameter("slug", slug)
                          .getResultList());
      if (!found.isEmpty()) {
        return found.get(0);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("The verdict of " + slug + " was not stored within 10 s");
  }
}
