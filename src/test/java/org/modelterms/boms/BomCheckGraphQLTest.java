package org.modelterms.boms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;
import static org.modelterms.testing.GraphQLClient.raw;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.modelterms.policies.UseCategory;

/**
 * bomCheck over HTTP: for a registry model its answer is complianceReport's, over generated
 * combinations of the dataset's models, uses, dates and actors.
 */
@QuarkusTest
class BomCheckGraphQLTest {

  private static final String PERMISSION =
      """
      fragment P on UsePermission {
        model { slug } use on verdict explicit conditions explanation confidence
        rules { relation effect quote conditions document { slug } version { label }
                sources { source { url } } }
      }
      """;

  private static final String BOTH =
      """
      query($doc: String!, $ids: [String!]!, $uses: [UseCategory!], $on: Date, $actor: ActorInput) {
        bomCheck(document: $doc, format: HUGGING_FACE_IDS, uses: $uses, on: $on, actor: $actor) {
          format specVersion on uses warnings
          components {
            ref name type
            resolution { path matchedBy reason model { slug } }
            verdicts { use verdict explanation permission { ...P } }
          }
          counts { models dataSets byResolution { path count } byVerdict { verdict count } }
        }
        complianceReport(models: $ids, uses: $uses, on: $on, actor: $actor) {
          unknownModels
          rows { model { slug } permissions { ...P } }
        }
      }
      """
          + PERMISSION;

  /** The dataset's models with a Hugging Face id. */
  private static final List<String> MODELS =
      List.of(
          "meta-llama/Llama-2-13b-hf",
          "meta-llama/Meta-Llama-3-8B",
          "meta-llama/Llama-3.1-405B",
          "meta-llama/Llama-3.1-8B",
          "meta-llama/Llama-3.2-11B-Vision",
          "meta-llama/Llama-3.2-3B",
          "meta-llama/Llama-3.3-70B-Instruct",
          "meta-llama/Llama-4-Scout-17B-16E",
          "google/gemma-2-9b",
          "mistralai/Codestral-22B-v0.1",
          "mistralai/Mistral-Large-Instruct-2407",
          "Qwen/Qwen2.5-72B",
          "Qwen/Qwen2.5-3B",
          "deepseek-ai/DeepSeek-V3",
          "deepseek-ai/DeepSeek-R1",
          "bigscience/bloom",
          "bigcode/starcoder2-15b",
          "tiiuae/falcon-180B",
          "openai/gpt-oss-120b",
          "microsoft/phi-2");

  private static final List<String> DATES =
      Arrays.asList(null, "2023-09-01", "2024-08-01", "2024-12-01", "2025-06-01");

  private static final List<Map<String, Object>> ACTORS =
      Arrays.asList(
          null,
          Map.of("kind", "GOVERNMENT", "country", "US"),
          Map.of("kind", "COMPANY", "country", "DE", "monthlyActiveUsers", 900_000_000),
          Map.of("kind", "INDIVIDUAL", "country", "CN"),
          Map.of("kind", "COMPANY", "purpose", "RESEARCH"));

  @Test
  void aRegistryModelIsAnsweredExactlyAsComplianceReportAnswersIt() {
    Random random = new Random(18);
    int compared = 0;
    for (int round = 0; round < 12; round++) {
      List<String> ids = new ArrayList<>(MODELS);
      Collections.shuffle(ids, random);
      ids = new ArrayList<>(ids.subList(0, 2 + random.nextInt(4)));
      List<UseCategory> all = new ArrayList<>(Arrays.asList(UseCategory.values()));
      Collections.shuffle(all, random);
      List<String> uses = all.subList(0, 1 + random.nextInt(3)).stream().map(Enum::name).toList();
      Map<String, Object> vars = new HashMap<>();
      vars.put("doc", "# generated\n" + String.join("\n", ids) + "\nacme/not-a-model\n");
      vars.put("ids", ids);
      vars.put("uses", uses);
      vars.put("on", DATES.get(random.nextInt(DATES.size())));
      vars.put("actor", ACTORS.get(random.nextInt(ACTORS.size())));
      JsonPath r =
          query(
              BOTH,
              vars.entrySet().stream()
                  .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                  .toArray());
      List<Map<String, Object>> components = r.getList("data.bomCheck.components");
      List<Map<String, Object>> rows = r.getList("data.complianceReport.rows");
      assertThat(components).hasSize(ids.size() + 1);
      assertThat(rows).hasSize(ids.size());
      for (int i = 0; i < ids.size(); i++) {
        assertThat(r.getString("data.bomCheck.components[" + i + "].resolution.path"))
            .isEqualTo("MODEL");
        List<Object> fromBom = r.getList("data.bomCheck.components[" + i + "].verdicts.permission");
        List<Object> fromReport = r.getList("data.complianceReport.rows[" + i + "].permissions");
        assertThat(fromBom).as("round %d, %s, %s", round, ids.get(i), vars).isEqualTo(fromReport);
        assertThat(r.getList("data.bomCheck.components[" + i + "].verdicts.verdict"))
            .isEqualTo(r.getList("data.complianceReport.rows[" + i + "].permissions.verdict"));
        compared += fromReport.size();
      }
      int last = ids.size();
      assertThat(r.getString("data.bomCheck.components[" + last + "].ref"))
          .isEqualTo("line " + (ids.size() + 2));
      assertThat(r.getString("data.bomCheck.components[" + last + "].resolution.reason"))
          .isEqualTo("UNKNOWN_MODEL");
      assertThat(r.getList("data.bomCheck.components[" + last + "].verdicts")).isEmpty();
      assertThat(r.getInt("data.bomCheck.counts.models")).isEqualTo(ids.size() + 1);
      int verdicts =
          r.getList("data.bomCheck.counts.byVerdict.count", Integer.class).stream()
              .mapToInt(Integer::intValue)
              .sum();
      assertThat(verdicts).isEqualTo(ids.size() * uses.size());
    }
    System.out.printf("bomCheck and complianceReport compared on %d verdicts%n", compared);
    assertThat(compared).isGreaterThan(40);
  }

  @Test
  void aDocumentThatCannotBeReadIsRefusedWithItsCode() {
    JsonPath r =
        raw(
            "query($doc: String!) { bomCheck(document: $doc, format: CYCLONEDX_JSON) { format } }",
            "doc",
            "{\"bomFormat\": \"CycloneDX\", [");
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("BOM_MALFORMED");
    assertThat(r.getString("errors[0].message")).contains("line 1");
    assertThat(r.getString("data")).isNull();
  }
}
