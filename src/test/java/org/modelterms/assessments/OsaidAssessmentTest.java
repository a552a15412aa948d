package org.modelterms.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.Fixtures.component;
import static org.modelterms.testing.Fixtures.unique;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Fixtures;

/** OSAID 1.0 verdicts are computed from the facts registered through the API, with reasons. */
@QuarkusTest
class OsaidAssessmentTest {

  private static final String OSAID =
      """
      query($s: String) {
        model(slug: $s) {
          osaid {
            framework { name version }
            verdict conforms
            criteria { criterion met reason sources { source { url } } }
          }
        }
      }
      """;

  private String provider;

  @BeforeEach
  void provider() {
    provider = Fixtures.organization("osaid-" + unique());
  }

  private String register(String slug, List<Map<String, Object>> components, String license) {
    Map<String, Object> input = new HashMap<>();
    input.put("slug", slug);
    input.put("name", slug);
    input.put("provider", provider);
    input.put("components", components);
    if (license != null) {
      input.put("licenseExpression", license);
    }
    JsonPath r = Fixtures.registerModel(input);
    assertThat(r.getList("data.modelRegister.userErrors")).isEmpty();
    return slug;
  }

  private static Map<String, Object> cited(Map<String, Object> component) {
    Map<String, Object> withSource = new HashMap<>(component);
    withSource.put(
        "sources", List.of(Map.of("url", "https://example.org/" + component.get("kind"))));
    return withSource;
  }

  private static List<Map<String, Object>> everythingOpen() {
    List<Map<String, Object>> parts = new ArrayList<>();
    parts.add(cited(component("FINAL_PARAMETERS", "AVAILABLE", "Apache-2.0")));
    parts.add(cited(component("TRAINING_CODE", "AVAILABLE", "Apache-2.0")));
    parts.add(cited(component("INFERENCE_CODE", "AVAILABLE", "MIT")));
    parts.add(cited(component("DATA_PREPROCESSING_CODE", "AVAILABLE", "Apache-2.0 OR MIT")));
    parts.add(cited(component("DATASETS", "AVAILABLE", "ODC-By-1.0")));
    parts.add(cited(component("DATA_CARD", "AVAILABLE", "CC-BY-4.0")));
    parts.add(cited(component("SUPPORTING_LIBRARIES", "AVAILABLE", "Apache-2.0")));
    parts.add(cited(component("MODEL_ARCHITECTURE", "AVAILABLE", "MIT")));
    return parts;
  }

  private static Map<String, Map<String, Object>> criteria(JsonPath r) {
    Map<String, Map<String, Object>> byName = new HashMap<>();
    List<Map<String, Object>> list = r.getList("data.model.osaid.criteria");
    list.forEach(c -> byName.put((String) c.get("criterion"), c));
    return byName;
  }

  @Test
  void aModelWithEveryComponentOpenConforms() {
    String slug = register("open-" + unique(), everythingOpen(), "Apache-2.0");
    JsonPath r = query(OSAID, "s", slug);
    assertThat(r.getString("data.model.osaid.verdict")).isEqualTo("CONFORMS");
    assertThat(r.getBoolean("data.model.osaid.conforms")).isTrue();
    assertThat(r.getString("data.model.osaid.framework.version")).isEqualTo("1.0");
    Map<String, Map<String, Object>> c = criteria(r);
    assertThat(c.keySet())
        .containsExactlyInAnyOrder(
            "DATA_INFORMATION", "CODE", "PARAMETERS", "USE", "STUDY", "MODIFY", "SHARE");
    assertThat(c.values()).allSatisfy(v -> assertThat(v.get("met")).isEqualTo(true));
    assertThat((String) c.get("CODE").get("reason"))
        .contains("Training code")
        .contains("Apache-2.0");
    assertThat((List<?>) c.get("PARAMETERS").get("sources")).hasSize(2);
  }

  @Test
  void eachCriterionCitesTheSourcesOfTheFactsItUsed() {
    String slug = register("cited-" + unique(), everythingOpen(), "Apache-2.0");
    Map<String, Map<String, Object>> c = criteria(query(OSAID, "s", slug));
    assertThat(urls(c.get("PARAMETERS")))
        .containsExactlyInAnyOrder(
            "https://example.org/MODEL_ARCHITECTURE", "https://example.org/FINAL_PARAMETERS");
    assertThat(urls(c.get("CODE")))
        .containsExactlyInAnyOrder(
            "https://example.org/TRAINING_CODE",
            "https://example.org/INFERENCE_CODE",
            "https://example.org/DATA_PREPROCESSING_CODE",
            "https://example.org/SUPPORTING_LIBRARIES");
  }

  /**
   * Sources are their own batched field, read only when selected: an assessment asked twice in one
   * query, once without them, still has them where they are asked for (the two share one batch).
   */
  @Test
  void sourcesAreThereWhereverAskedForInAQuery() {
    String slug = register("aliased-" + unique(), everythingOpen(), "Apache-2.0");
    JsonPath r =
        query(
            """
            query($s: String) {
              model(slug: $s) {
                bare: osaid { verdict criteria { criterion } }
                cited: osaid { verdict criteria { criterion sources { source { url } } } }
              }
            }
            """,
            "s",
            slug);
    assertThat(r.getList("errors")).isNull();
    assertThat(r.getString("data.model.bare.verdict")).isEqualTo("CONFORMS");
    List<Map<String, Object>> cited = r.getList("data.model.cited.criteria");
    Map<String, Object> parameters =
        cited.stream().filter(c -> "PARAMETERS".equals(c.get("criterion"))).findFirst().get();
    assertThat(urls(parameters))
        .containsExactlyInAnyOrder(
            "https://example.org/MODEL_ARCHITECTURE", "https://example.org/FINAL_PARAMETERS");
  }

  @SuppressWarnings("unchecked")
  private static List<String> urls(Map<String, Object> criterion) {
    return ((List<Map<String, Map<String, String>>>) criterion.get("sources"))
        .stream().map(s -> s.get("source").get("url")).toList();
  }

  @Test
  void openWeightsWithoutTrainingCodeOrDataInformationDoNotConform() {
    List<Map<String, Object>> parts =
        List.of(
            component("FINAL_PARAMETERS", "AVAILABLE", "Apache-2.0"),
            component("MODEL_ARCHITECTURE", "AVAILABLE", "Apache-2.0"),
            component("INFERENCE_CODE", "AVAILABLE", "Apache-2.0"),
            component("TRAINING_CODE", "NOT_AVAILABLE", null),
            component("DATA_PREPROCESSING_CODE", "NOT_AVAILABLE", null),
            component("DATASETS", "NOT_AVAILABLE", null),
            component("DATA_CARD", "NOT_AVAILABLE", null),
            component("RESEARCH_PAPER", "NOT_AVAILABLE", null),
            component("TECHNICAL_REPORT", "NOT_AVAILABLE", null));
    String slug = register("weights-only-" + unique(), parts, "Apache-2.0");
    JsonPath r = query(OSAID, "s", slug);
    assertThat(r.getString("data.model.osaid.verdict")).isEqualTo("DOES_NOT_CONFORM");
    assertThat(r.getBoolean("data.model.osaid.conforms")).isFalse();
    Map<String, Map<String, Object>> c = criteria(r);
    assertThat(c.get("PARAMETERS").get("met")).isEqualTo(true);
    assertThat(c.get("CODE").get("met")).isEqualTo(false);
    assertThat((String) c.get("CODE").get("reason")).contains("Training code is not released");
    assertThat(c.get("DATA_INFORMATION").get("met")).isEqualTo(false);
    assertThat(c.get("USE").get("met")).isEqualTo(true);
  }

  /**
   * The checklist asks for data information, not open data: datasets withheld and a data card under
   * no known licence, but an open research paper, conform.
   */
  @Test
  void anOpenPaperIsDataInformationEnoughAndOptionalPartsNeverLowerTheVerdict() {
    List<Map<String, Object>> parts = new ArrayList<>(everythingOpen());
    parts.removeIf(p -> List.of("DATASETS", "DATA_CARD").contains(p.get("kind")));
    parts.add(component("DATASETS", "NOT_AVAILABLE", null));
    parts.add(component("DATA_CARD", "AVAILABLE", null));
    parts.add(component("RESEARCH_PAPER", "AVAILABLE", "CC-BY-4.0"));
    parts.add(component("MODEL_CARD", "NOT_AVAILABLE", null));
    parts.add(component("EVALUATION_DATA", "AVAILABLE", "CC-BY-NC-4.0"));
    parts.add(component("INTERMEDIATE_PARAMETERS", "UNKNOWN", null));
    String slug = register("paper-" + unique(), parts, "Apache-2.0");
    JsonPath r = query(OSAID, "s", slug);
    assertThat(r.getString("data.model.osaid.verdict")).isEqualTo("CONFORMS");
    Map<String, Map<String, Object>> c = criteria(r);
    assertThat((String) c.get("DATA_INFORMATION").get("reason"))
        .isEqualTo(
            "Research paper is released under CC-BY-4.0, which OSAID 1.0 accepts for data"
                + " information.");
  }

  @Test
  void aRequiredPartTheRegistryKnowsNothingAboutLeavesTheVerdictOpen() {
    List<Map<String, Object>> parts = new ArrayList<>(everythingOpen());
    parts.removeIf(p -> "SUPPORTING_LIBRARIES".equals(p.get("kind")));
    String slug = register("no-libs-" + unique(), parts, "Apache-2.0");
    JsonPath r = query(OSAID, "s", slug);
    assertThat(r.getString("data.model.osaid.verdict")).isEqualTo("INSUFFICIENT_INFORMATION");
    Map<String, Map<String, Object>> c = criteria(r);
    assertThat(c.get("CODE").get("met")).isNull();
    assertThat((String) c.get("CODE").get("reason"))
        .contains("Supporting libraries: the registry holds no facts about them.");
    assertThat((String) c.get("MODIFY").get("reason"))
        .isEqualTo(
            "Whether the code and parameters may be modified depends on facts the registry"
                + " lacks.");
  }

  @Test
  void aResponsibleAiLicenceDoesNotConform() {
    String licence = "LicenseRef-rail-" + unique();
    JsonPath registered =
        query(
            """
            mutation($input: LicenseRegisterInput!) { licenseRegister(input: $input) { userErrors { code } } }
            """,
            "input",
            Map.of("identifier", licence, "name", "Test RAIL License", "kind", "RESPONSIBLE_AI"));
    assertThat(registered.getList("data.licenseRegister.userErrors")).isEmpty();
    List<Map<String, Object>> parts = new ArrayList<>(everythingOpen());
    parts.set(0, component("FINAL_PARAMETERS", "AVAILABLE", licence));
    String slug = register("rail-" + unique(), parts, licence);
    JsonPath r = query(OSAID, "s", slug);
    assertThat(r.getString("data.model.osaid.verdict")).isEqualTo("DOES_NOT_CONFORM");
    Map<String, Map<String, Object>> c = criteria(r);
    assertThat(c.get("USE").get("met")).isEqualTo(false);
    assertThat((String) c.get("USE").get("reason")).contains(licence).contains("restricts use");
    assertThat(c.get("PARAMETERS").get("met")).isEqualTo(false);
    assertThat(c.get("CODE").get("met")).isEqualTo(true);
  }

  @Test
  void incompleteFactsAreInsufficientNeverGuessed() {
    String slug =
        register(
            "sparse-" + unique(),
            List.of(component("FINAL_PARAMETERS", "AVAILABLE", "Apache-2.0")),
            "Apache-2.0");
    JsonPath r = query(OSAID, "s", slug);
    assertThat(r.getString("data.model.osaid.verdict")).isEqualTo("INSUFFICIENT_INFORMATION");
    Map<String, Map<String, Object>> c = criteria(r);
    assertThat(c.get("CODE").get("met")).isNull();
    assertThat((String) c.get("CODE").get("reason")).contains("holds no facts");
  }

  @Test
  void listsFilterByVerdictAndClass() {
    String open = register("f-open-" + unique(), everythingOpen(), "Apache-2.0");
    register(
        "f-sparse-" + unique(), List.of(component("FINAL_PARAMETERS", "AVAILABLE", "MIT")), "MIT");
    JsonPath conforming =
        query(
            """
            query($p: String) {
              models(filter: { provider: $p, osaid: CONFORMS }) { totalCount nodes { slug osaid { verdict } } }
            }
            """,
            "p",
            provider);
    assertThat(conforming.getList("data.models.nodes.slug")).containsExactly(open);
    assertThat(conforming.getInt("data.models.totalCount")).isEqualTo(1);

    // A change to the facts changes the verdict the filter sees.
    query(
        """
        mutation($input: ComponentSetInput!) { componentSet(input: $input) { userErrors { code } } }
        """,
        "input",
        Map.of("model", open, "component", component("TRAINING_CODE", "NOT_AVAILABLE", null)));
    JsonPath after =
        query(
            """
            query($p: String) { models(filter: { provider: $p, osaid: CONFORMS }) { totalCount } }
            """,
            "p",
            provider);
    assertThat(after.getInt("data.models.totalCount")).isZero();
  }
}
