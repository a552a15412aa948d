package org.modelterms.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.Fixtures.component;
import static org.modelterms.testing.Fixtures.unique;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Fixtures;

/**
 * Today's OSAID verdict comes with the model's row while the verdict index holds it: the model page
 * then reads no facts, the criteria are still computed when asked for, and a write is seen in the
 * very next request.
 */
@QuarkusTest
class StoredVerdictTest {

  private static final String VERDICT =
      "query($s: String) { model(slug: $s) { osaid { verdict } } }";
  private static final String WITH_CRITERIA =
      "query($s: String) { model(slug: $s) { osaid { verdict on criteria { criterion met } } } }";

  @Inject OpennessIndex index;
  @Inject SessionFactory sessionFactory;
  @Inject EntityManager em;

  @Test
  void todaysVerdictIsReadWithTheModelAndAgreesWithItsCriteria() {
    String open = register(true);
    String closed = register(false);
    long computing = statements(open);
    index.ensureFresh();
    long stored = statements(open);
    assertThat(stored).isLessThan(computing).isEqualTo(1);

    for (String slug : List.of(open, closed)) {
      JsonPath r = query(WITH_CRITERIA, "s", slug);
      List<Boolean> met = r.getList("data.model.osaid.criteria.met");
      assertThat(met).isNotEmpty();
      String expected =
          met.contains(Boolean.FALSE)
              ? "DOES_NOT_CONFORM"
              : met.stream().allMatch(Boolean.TRUE::equals) ? "CONFORMS" : "INSUFFICIENT_FACTS";
      assertThat(r.getString("data.model.osaid.verdict")).isEqualTo(expected);
      assertThat(query(VERDICT, "s", slug).getString("data.model.osaid.verdict"))
          .isEqualTo(expected);
    }
    assertThat(query(VERDICT, "s", open).getString("data.model.osaid.verdict"))
        .isEqualTo("CONFORMS");
    assertThat(query(VERDICT, "s", closed).getString("data.model.osaid.verdict"))
        .isEqualTo("DOES_NOT_CONFORM");
  }

  @Test
  void aWriteIsSeenInTheNextRequest() {
    String open = register(true);
    index.ensureFresh();
    assertThat(query(VERDICT, "s", open).getString("data.model.osaid.verdict"))
        .isEqualTo("CONFORMS");
    query(
        """
        mutation($input: ComponentSetInput!) { componentSet(input: $input) { userErrors { code } } }
        """,
        "input",
        Map.of("model", open, "component", component("TRAINING_CODE", "NOT_AVAILABLE", null)));
    assertThat(query(VERDICT, "s", open).getString("data.model.osaid.verdict"))
        .isEqualTo("DOES_NOT_CONFORM");
    index.ensureFresh();
    assertThat(query(VERDICT, "s", open).getString("data.model.osaid.verdict"))
        .isEqualTo("DOES_NOT_CONFORM");
  }

  /**
   * Verdicts stored by a release with other rules (checklist or evaluator) are dropped at start,
   * though no fact changed: a model page then answers the verdict of the rules in force.
   */
  @Test
  void verdictsStoredUnderOtherRulesAreDropped() {
    String open = register(true);
    index.ensureFresh();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              em.createNativeQuery(
                      "update reference_list set version = 'osaid-checklist:older' where name ="
                          + " 'verdict-rules'")
                  .executeUpdate();
              em.createNativeQuery(
                      "update model_assessment set osaid_verdict = 'INSUFFICIENT_INFORMATION'")
                  .executeUpdate();
            });
    assertThat(query(VERDICT, "s", open).getString("data.model.osaid.verdict"))
        .isEqualTo("INSUFFICIENT_INFORMATION"); // what an older release stored
    assertThat(QuarkusTransaction.requiringNew().call(index::dropVerdictsOfOtherRules)).isTrue();
    assertThat(query(VERDICT, "s", open).getString("data.model.osaid.verdict"))
        .isEqualTo("CONFORMS");
    assertThat(QuarkusTransaction.requiringNew().call(index::dropVerdictsOfOtherRules)).isFalse();
  }

  /**
   * Statements of a model page with its components and verdict, after a first request has planned
   * its queries: the model's row brings both its components and, when stored, its verdict.
   */
  private long statements(String slug) {
    String page = "query($s: String) { model(slug: $s) { components { kind } osaid { verdict } } }";
    query(page, "s", slug);
    Statistics statistics = sessionFactory.getStatistics();
    statistics.clear();
    JsonPath r = query(page, "s", slug);
    assertThat(r.getList("data.model.components")).hasSize(8);
    assertThat(r.getList("errors")).isNull();
    return statistics.getPrepareStatementCount();
  }

  private static String register(boolean open) {
    String slug = "stored-" + unique();
    Map<String, Object> input = new HashMap<>();
    input.put("slug", slug);
    input.put("name", slug);
    input.put("provider", Fixtures.organization("stored-" + unique()));
    input.put("components", components(open));
    JsonPath r = Fixtures.registerModel(input);
    assertThat(r.getList("data.modelRegister.userErrors")).isEmpty();
    return slug;
  }

  /** Every part OSAID asks for, open; with the training code withheld unless {@code open}. */
  static List<Map<String, Object>> components(boolean open) {
    return List.of(
        cited(component("FINAL_PARAMETERS", "AVAILABLE", "Apache-2.0")),
        cited(component("TRAINING_CODE", open ? "AVAILABLE" : "NOT_AVAILABLE", "Apache-2.0")),
        cited(component("INFERENCE_CODE", "AVAILABLE", "MIT")),
        cited(component("DATA_PREPROCESSING_CODE", "AVAILABLE", "Apache-2.0 OR MIT")),
        cited(component("DATASETS", "AVAILABLE", "ODC-By-1.0")),
        cited(component("DATA_CARD", "AVAILABLE", "CC-BY-4.0")),
        cited(component("SUPPORTING_LIBRARIES", "AVAILABLE", "Apache-2.0")),
        cited(component("MODEL_ARCHITECTURE", "AVAILABLE", "Apache-2.0")));
  }

  private static Map<String, Object> cited(Map<String, Object> component) {
    Map<String, Object> withSource = new HashMap<>(component);
    withSource.put(
        "sources", List.of(Map.of("url", "https://example.org/" + component.get("kind"))));
    return withSource;
  }
}
