package org.modelterms.boms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every registry model exported as a bill of materials and the document checked again: each model
 * comes back as itself, unflagged, with complianceReport's verdicts for the date and actor asked
 * (the export's own verdict properties are for today and no actor, and must not be what decides).
 */
@QuarkusTest
class BomRoundTripTest {

  private static final String PERMISSION =
      """
      fragment P on UsePermission {
        model { slug } use on verdict explicit conditions explanation confidence
        rules { relation effect quote conditions document { slug } version { label }
                sources { source { url } } }
      }
      """;

  private static final String CHECK =
      """
      query($doc: String!, $format: BomFormat, $uses: [UseCategory!], $on: Date, $actor: ActorInput) {
        bomCheck(document: $doc, format: $format, uses: $uses, on: $on, actor: $actor) {
          format
          components {
            ref type
            resolution { path matchedBy model { slug } }
            flags { code message }
            verdicts { use verdict permission { ...P } }
          }
        }
      }
      """
          + PERMISSION;

  private static final String REPORT =
      """
      query($slugs: [String!]!, $uses: [UseCategory!], $on: Date, $actor: ActorInput) {
        complianceReport(models: $slugs, uses: $uses, on: $on, actor: $actor) {
          rows { model { slug } permissions { ...P } }
        }
      }
      """
          + PERMISSION;

  /** Dates and actors the verdicts of the dataset differ on (a licence's date, a user count). */
  private static final List<String> DATES = Arrays.asList(null, "2023-09-01", "2024-12-01");

  /** Each question asks a third of the uses (the query cost limit); the three ask them all. */
  private static final List<List<String>> USES =
      List.of(
          List.of("MILITARY", "WEAPONS", "SURVEILLANCE", "COMMERCIAL"),
          List.of("RESEARCH", "MEDICAL_ADVICE", "LAW_ENFORCEMENT", "NUCLEAR"),
          List.of("ESPIONAGE", "CRITICAL_INFRASTRUCTURE", "TRAINING_OTHER_MODELS"));

  private static final List<Map<String, Object>> ACTORS =
      Arrays.asList(
          null,
          Map.of("kind", "COMPANY", "country", "DE", "monthlyActiveUsers", 900_000_000),
          Map.of("kind", "GOVERNMENT", "country", "CN"));

  /** Every registry model's slug, and its Hugging Face id (null for a closed API model). */
  private static Map<String, String> allModels() {
    JsonPath models = query("{ models(first: 100) { nodes { slug huggingFaceId } } }");
    Map<String, String> bySlug = new HashMap<>();
    List<String> slugs = models.getList("data.models.nodes.slug");
    List<String> ids = models.getList("data.models.nodes.huggingFaceId");
    for (int i = 0; i < slugs.size(); i++) {
      bySlug.put(slugs.get(i), ids.get(i));
    }
    return bySlug;
  }

  @ParameterizedTest
  @CsvSource({
    "CYCLONEDX_JSON, CYCLONEDX_JSON",
    "CYCLONEDX_XML, CYCLONEDX_XML",
    "SPDX_JSON, SPDX3_JSONLD"
  })
  void everyExportedModelComesBackAsItselfWithTheRegistrysVerdicts(
      String exportFormat, String checkFormat) {
    Map<String, String> huggingFaceIds = allModels();
    List<String> slugs = List.copyOf(huggingFaceIds.keySet());
    assertThat(slugs).contains("chatbit", "gpt-4o", "llama-3.2-3b", "llama-3.2-11b-vision");
    assertThat(huggingFaceIds).containsEntry("chatbit", null);
    String document =
        query(
                """
                query($m: [String!]!, $f: BomExportFormat!) {
                  modelsBom(models: $m, format: $f) { content unknownModels }
                }
                """,
                "m",
                slugs,
                "f",
                exportFormat)
            .getString("data.modelsBom.content");
    int compared = 0;
    for (int i = 0; i < DATES.size(); i++) {
      Map<String, Object> vars = new HashMap<>();
      vars.put("doc", document);
      vars.put("format", i == 0 ? null : checkFormat);
      vars.put("uses", USES.get(i));
      vars.put("on", DATES.get(i));
      vars.put("actor", ACTORS.get(i));
      JsonPath r = query(CHECK, flatten(vars));
      assertThat(r.getString("data.bomCheck.format")).isEqualTo(checkFormat);
      int question = i;
      Map<String, Object> reported =
          REPORTS.computeIfAbsent(
              question, q -> report(slugs, USES.get(q), DATES.get(q), ACTORS.get(q)));
      List<String> checked = new ArrayList<>();
      List<Map<String, Object>> components = r.getList("data.bomCheck.components");
      for (int c = 0; c < components.size(); c++) {
        String at = "data.bomCheck.components[" + c + "].";
        if (!"MODEL".equals(r.getString(at + "type"))) {
          continue;
        }
        String ref = r.getString(at + "ref");
        assertThat(r.getString(at + "resolution.path")).as(ref).isEqualTo("MODEL");
        assertThat(r.getList(at + "flags")).as(ref).isEmpty();
        String slug = r.getString(at + "resolution.model.slug");
        assertThat(ref)
            .as("the component names its own model")
            .matches(".*model[:/]" + java.util.regex.Pattern.quote(slug));
        // A closed API model has no Hugging Face id: its name and supplier name it.
        assertThat(r.getString(at + "resolution.matchedBy"))
            .as(slug)
            .isEqualTo(huggingFaceIds.get(slug) == null ? "NAME_AND_SUPPLIER" : "PURL");
        assertThat(r.getList(at + "verdicts.permission"))
            .as("%s on %s for %s", slug, DATES.get(i), ACTORS.get(i))
            .isEqualTo(reported.get(slug));
        checked.add(slug);
        compared += r.getList(at + "verdicts").size();
      }
      assertThat(checked).containsExactlyInAnyOrderElementsOf(slugs);
    }
    System.out.printf("%s round trip: %d verdicts compared%n", exportFormat, compared);
  }

  /** complianceReport's answers do not depend on the export format: asked once per question. */
  private static final Map<Integer, Map<String, Object>> REPORTS = new HashMap<>();

  /** complianceReport's permissions by slug, asked ten models at a time (its cost limit). */
  private static Map<String, Object> report(
      List<String> slugs, List<String> uses, String on, Map<String, Object> actor) {
    Map<String, Object> bySlug = new HashMap<>();
    for (int from = 0; from < slugs.size(); from += 10) {
      Map<String, Object> vars = new HashMap<>();
      vars.put("slugs", slugs.subList(from, Math.min(slugs.size(), from + 10)));
      vars.put("uses", uses);
      vars.put("on", on);
      vars.put("actor", actor);
      JsonPath r = query(REPORT, flatten(vars));
      List<String> reported = r.getList("data.complianceReport.rows.model.slug");
      for (int row = 0; row < reported.size(); row++) {
        bySlug.put(
            reported.get(row), r.getList("data.complianceReport.rows[" + row + "].permissions"));
      }
    }
    return bySlug;
  }

  private static Object[] flatten(Map<String, Object> vars) {
    return vars.entrySet().stream()
        .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
        .toArray();
  }
}
