package org.modelterms.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.Fixtures.component;
import static org.modelterms.testing.Fixtures.unique;
import static org.modelterms.testing.GraphQLClient.query;
import static org.modelterms.testing.PolicyFixtures.bound;
import static org.modelterms.testing.PolicyFixtures.document;
import static org.modelterms.testing.PolicyFixtures.rule;
import static org.modelterms.testing.PolicyFixtures.version;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.modelterms.permissions.ClauseCache;
import org.modelterms.permissions.DecisionCache;
import org.modelterms.testing.Fixtures;

/**
 * The benchmark's workloads (bench/queries/, the very documents bench/run.sh sends) cost a number
 * of SQL statements that does not grow with what they return: the page size (W2), the number of
 * components (W1), the documents that govern a model (W3), the models and uses of a report (W4) and
 * the components of a bill of materials (W5). Counts, not timings, so it holds on any machine. Each
 * bound is the workload's count today (how the counts came down is in docs/benchmarks.md,
 * "Statements per request"): a change that adds a round trip to a workload fails here.
 */
@QuarkusTest
class WorkloadStatementCountTest {

  private static final int MODELS = 24;

  /**
   * Model page: the model with its components, its facts (two statements; none when the verdict
   * index holds the verdict, which these tests leave to filters). It asks for the OSAID verdict
   * only, so the criteria's citations are not read.
   */
  private static final long W1_STATEMENTS = 3;

  /** Catalogue page: the count, the page of rows. */
  private static final long W2_STATEMENTS = 2;

  /** Permission: the model, its terms (the deciding clauses are cached). */
  private static final long W3_STATEMENTS = 2;

  /** Permission with no clause cached: also their versions with documents, and sources. */
  private static final long W3_COLD_STATEMENTS = 4;

  /** Compliance report: the models, their terms (the deciding clauses are cached). */
  private static final long W4_STATEMENTS = 2;

  /**
   * BOM check: the registry models, base models and licences the document names, their terms
   * (today's count with the verdicts emptied and the clauses cached).
   */
  private static final long W5_STATEMENTS = 7;

  private static final List<String> USES =
      List.of("MILITARY", "WEAPONS", "SURVEILLANCE", "COMMERCIAL", "RESEARCH");

  /** The same data for every test of the class; written once, through the public API. */
  private static Seed seed;

  @Inject SessionFactory sessionFactory;
  @Inject DecisionCache verdicts;
  @Inject ClauseCache clauses;

  private record Seed(
      String provider, List<String> models, String fewComponents, String manyComponents) {}

  @BeforeEach
  void seedOnce() {
    if (seed == null) {
      seed = createSeed();
    }
  }

  private static Seed createSeed() {
    String provider = Fixtures.organization("workload-" + unique());
    String agreement = document("workload-aup-" + unique(), "USE_POLICY", Map.of());
    version(
        agreement,
        "v1",
        "2023-01-01",
        List.of(
            rule("MILITARY", "PROHIBIT", "No military use."),
            rule(
                "MILITARY",
                "PERMIT",
                "US government agencies may.",
                Map.of("actorKinds", List.of("GOVERNMENT"), "countries", List.of("US"))),
            rule("SURVEILLANCE", "PROHIBIT", "No surveillance.")),
        null);
    String license =
        document(
            "workload-license-" + unique(), "LICENSE", Map.of("incorporates", List.of(agreement)));
    version(
        license,
        "v1",
        "2023-01-01",
        List.of(
            rule(
                "COMMERCIAL",
                "CONDITIONAL",
                "Above 700 million monthly active users, ask us.",
                Map.of("monthlyActiveUsersAbove", 700000000))),
        null);
    List<String> models = new ArrayList<>();
    String previous = null;
    for (int i = 0; i < MODELS; i++) {
      String slug = String.format("workload-%02d-%s", i, unique());
      Map<String, Object> input = new HashMap<>();
      input.put("slug", slug);
      input.put("name", "Workload " + i);
      input.put("huggingFaceId", provider + "/" + slug);
      input.put("provider", provider);
      input.put("releasedOn", "2024-06-01");
      input.put("licenseExpression", i % 2 == 0 ? "Apache-2.0" : "MIT OR BSD-3-Clause");
      input.put("components", components((i / 2) % 2 == 0 ? 3 : 12));
      input.put("sources", List.of(Map.of("url", "https://example.org/workload/" + slug)));
      if (i % 4 == 3) {
        input.put("baseModel", previous);
        input.put("baseRelation", "FINE_TUNE");
      }
      JsonPath r = Fixtures.registerModel(input);
      assertThat(r.getList("data.modelRegister.userErrors")).isEmpty();
      if (i % 3 != 0) {
        bound(slug, license, "LICENSE", "2023-06-01");
      }
      models.add(provider + "/" + slug);
      previous = slug;
    }
    // Models 4 and 2 differ only in their number of components (3 and 12).
    return new Seed(provider, models, models.get(4), models.get(2));
  }

  private static List<Map<String, Object>> components(int count) {
    List<String> kinds =
        List.of(
            "MODEL_ARCHITECTURE",
            "FINAL_PARAMETERS",
            "TRAINING_CODE",
            "INFERENCE_CODE",
            "EVALUATION_CODE",
            "DATA_PREPROCESSING_CODE",
            "SUPPORTING_LIBRARIES",
            "DATASETS",
            "MODEL_CARD",
            "DATA_CARD",
            "TECHNICAL_REPORT",
            "RESEARCH_PAPER");
    List<String> licenses = List.of("Apache-2.0", "MIT", "CC-BY-4.0");
    List<Map<String, Object>> components = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      components.add(component(kinds.get(i), "AVAILABLE", licenses.get(i % licenses.size())));
    }
    return components;
  }

  private static String workload(String file) {
    try {
      return Files.readString(Path.of("bench/queries", file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Statements the request costs, once its queries have been used (and planned) once, with no
   * verdict cached (the licences and the deciding clauses are, as after the first requests).
   */
  private long statements(Supplier<JsonPath> request) {
    return statements(request, false);
  }

  private long statements(Supplier<JsonPath> request, boolean noClauseCached) {
    request.get();
    verdicts.invalidateAll();
    if (noClauseCached) {
      clauses.invalidateAll();
    }
    Statistics statistics = sessionFactory.getStatistics();
    statistics.clear();
    JsonPath r = request.get();
    long statements = statistics.getPrepareStatementCount();
    assertThat(r.getList("errors")).isNull();
    return statements;
  }

  @Test
  void modelPageCostsTheSameWhateverTheNumberOfComponents() {
    String page = workload("w1-model.graphql");
    long few = statements(() -> query(page, "id", seed.fewComponents()));
    long many = statements(() -> query(page, "id", seed.manyComponents()));
    System.out.printf("W1 SQL statements: 3 components -> %d, 12 components -> %d%n", few, many);
    assertThat(query(page, "id", seed.manyComponents()).getList("data.model.components"))
        .hasSize(12);
    assertThat(many).isEqualTo(few).isLessThanOrEqualTo(W1_STATEMENTS);
  }

  @Test
  void modelPageReadsTheCriteriaCitationsOnlyWhenAskedFor() {
    String page = workload("w1-model.graphql");
    String cited =
        page.replace(
            "osaid { verdict }",
            "osaid { verdict criteria { criterion sources { source { url } } } }");
    assertThat(cited).isNotEqualTo(page);
    long verdictOnly = statements(() -> query(page, "id", seed.manyComponents()));
    long withSources = statements(() -> query(cited, "id", seed.manyComponents()));
    System.out.printf(
        "W1 SQL statements: verdict only -> %d, with the criteria's sources -> %d%n",
        verdictOnly, withSources);
    assertThat(withSources).isEqualTo(verdictOnly + 1);
  }

  @Test
  void cataloguePageCostsTheSameWhateverItsSize() {
    String catalogue = workload("w2-catalogue.graphql");
    long small = statements(() -> query(catalogue, "p", seed.provider(), "n", 2));
    long large = statements(() -> query(catalogue, "p", seed.provider(), "n", MODELS));
    System.out.printf(
        "W2 SQL statements: page of 2 -> %d, page of %d -> %d%n", small, MODELS, large);
    assertThat(query(catalogue, "p", seed.provider(), "n", MODELS).getList("data.models.nodes"))
        .hasSize(MODELS);
    assertThat(large).isEqualTo(small).isLessThanOrEqualTo(W2_STATEMENTS);
  }

  @Test
  void permissionCostsTheSameWhateverGovernsTheModel() {
    String permission = workload("w3-permission.graphql");
    Map<String, Object> actor = Map.of("kind", "GOVERNMENT", "country", "US");
    // Model 1 is bound to a licence that incorporates a use policy; model 11 is a fine-tune of a
    // bound model, bound itself; model 3 is a fine-tune that inherits its base model's terms.
    List<Long> counts = new ArrayList<>();
    for (int i : new int[] {1, 11, 3}) {
      counts.add(
          statements(
              () ->
                  query(
                      permission,
                      "m",
                      seed.models().get(i),
                      "u",
                      "MILITARY",
                      "on",
                      "2025-01-01",
                      "a",
                      actor)));
    }
    System.out.printf("W3 SQL statements: bound, bound and inherited, inherited -> %s%n", counts);
    long least = counts.stream().min(Long::compare).orElseThrow();
    assertThat(counts).allSatisfy(c -> assertThat(c).isEqualTo(least));
    assertThat(least).isLessThanOrEqualTo(W3_STATEMENTS);
    long cold =
        statements(
            () ->
                query(
                    permission,
                    "m",
                    seed.models().get(1),
                    "u",
                    "MILITARY",
                    "on",
                    "2025-01-01",
                    "a",
                    actor),
            true);
    System.out.printf("W3 SQL statements with no clause cached: %d%n", cold);
    assertThat(cold).isLessThanOrEqualTo(W3_COLD_STATEMENTS);
  }

  @Test
  void complianceReportCostsTheSameWhateverTheNumberOfModelsAndUses() {
    String report = workload("w4-compliance.graphql");
    long small =
        statements(
            () -> query(report, "ms", seed.models().subList(1, 2), "us", USES.subList(0, 1)));
    long large = statements(() -> query(report, "ms", seed.models(), "us", USES));
    System.out.printf(
        "W4 SQL statements: 1 model x 1 use -> %d, %d models x %d uses -> %d%n",
        small, MODELS, USES.size(), large);
    assertThat(query(report, "ms", seed.models(), "us", USES).getList("data.complianceReport.rows"))
        .hasSize(MODELS);
    assertThat(large).isEqualTo(small).isLessThanOrEqualTo(W4_STATEMENTS);
  }

  /**
   * A CycloneDX BOM of W5's shape (bench/bom/w5-requests.mjs): registry models by purl, one of them
   * declaring a licence the registry contradicts, fine-tunes naming a registry model in their
   * pedigree, models known only by their declared licence, and models the registry cannot resolve.
   */
  private static String bom(int size) {
    List<Map<String, Object>> components = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String registryModel = seed.models().get(i % MODELS);
      Map<String, Object> c = new HashMap<>();
      c.put("type", "machine-learning-model");
      c.put("bom-ref", "component-" + i);
      c.put("name", "acme/model-" + i);
      c.put("purl", "pkg:huggingface/acme/model-" + i + "@main");
      switch (i % 5) {
        case 0 -> c.put("purl", "pkg:huggingface/" + registryModel + "@main");
        case 1 -> {
          c.put("purl", "pkg:huggingface/" + registryModel + "@main");
          c.put("licenses", List.of(Map.of("license", Map.of("id", "CC-BY-4.0"))));
        }
        case 2 ->
            c.put(
                "pedigree",
                Map.of(
                    "ancestors",
                    List.of(
                        Map.of(
                            "type",
                            "machine-learning-model",
                            "name",
                            registryModel,
                            "purl",
                            "pkg:huggingface/" + registryModel))));
        case 3 -> c.put("licenses", List.of(Map.of("expression", "MIT OR Apache-2.0")));
        default -> c.put("licenses", List.of(Map.of("license", Map.of("name", "Unknown " + i))));
      }
      components.add(c);
    }
    try {
      return new ObjectMapper()
          .writeValueAsString(
              Map.of(
                  "bomFormat",
                  "CycloneDX",
                  "specVersion",
                  "1.6",
                  "version",
                  1,
                  "components",
                  components));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void bomCheckCostsTheSameWhateverTheNumberOfComponents() {
    String check = workload("w5-bom-check.graphql");
    long small = statements(() -> query(check, "d", bom(5), "us", USES));
    long large = statements(() -> query(check, "d", bom(500), "us", USES));
    System.out.printf(
        "W5 SQL statements: 5 components -> %d, 500 components -> %d%n", small, large);
    JsonPath answer = query(check, "d", bom(500), "us", USES);
    assertThat(answer.getList("data.bomCheck.components")).hasSize(500);
    assertThat(answer.getList("data.bomCheck.counts.byResolution.count", Integer.class))
        .containsExactly(200, 100, 100, 100);
    assertThat(answer.getList("data.bomCheck.components[1].flags.code"))
        .contains("LICENSE_MISMATCH");
    assertThat(large).isEqualTo(small).isLessThanOrEqualTo(W5_STATEMENTS);
  }
}
