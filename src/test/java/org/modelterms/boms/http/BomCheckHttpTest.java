package org.modelterms.boms.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/bom/check} over real HTTP against the dataset: each answer (JSON, CSV, SARIF,
 * the enriched document) and each refusal.
 */
@QuarkusTest
class BomCheckHttpTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A registry model under Apache-2.0, one under the Llama 3.2 licence, and one it lacks. */
  private static final String IDS =
      "openai/gpt-oss-120b\nmeta-llama/Llama-3.2-3B\nacme/not-a-model\n";

  private static final String CHECK =
      """
      query($doc: String!, $uses: [UseCategory!], $on: Date, $actor: ActorInput) {
        bomCheck(document: $doc, uses: $uses, on: $on, actor: $actor) {
          format specVersion on asKnownAt uses warnings
          components {
            ref name type supplier purl huggingFaceId
            resolution {
              path matchedBy how via reason
              model { id slug name huggingFaceId licenseExpression releasedOn }
              baseModel { slug }
              licenses { id identifier name kind scancodeKeys scancodeCategory }
            }
            declaredLicenses { form value concluded identified licenses { identifier } }
            flags { code message documentSays registrySays uses
                    registrySources { field quote source { url title } } }
            verdicts {
              use verdict explicit conditions explanation confidence
              rules { relation useCategory effect quote conditions
                      document { id slug } version { label effectiveFrom }
                      sources { quote source { url } } }
              permission { use on verdict explicit conditions explanation model { slug } }
            }
          }
          counts { models dataSets flags byResolution { path count } byVerdict { verdict count } }
        }
      }
      """;

  @Test
  void theJsonAnswerIsTheGraphQLAnswerForTheSameDocumentAndQuestion() throws IOException {
    String cdx = resource("/boms/ours/pedigree.cdx.json");
    for (String[] document :
        List.of(
            new String[] {IDS, "text/plain"},
            new String[] {cdx, "application/vnd.cyclonedx+json"})) {
      JsonNode graphql =
          JSON.readTree(
                  query(
                          CHECK,
                          "doc",
                          document[0],
                          "uses",
                          List.of("COMMERCIAL", "MILITARY"),
                          "on",
                          "2025-06-01",
                          "actor",
                          Map.of("kind", "COMPANY", "country", "DE", "monthlyActiveUsers", 1000))
                      .prettify())
              .path("data")
              .path("bomCheck");
      Response http =
          given()
              .contentType(document[1])
              .accept("application/json")
              .body(document[0])
              .queryParam("use", "COMMERCIAL,MILITARY")
              .queryParam("on", "2025-06-01")
              .queryParam("actor", "COMPANY")
              .queryParam("country", "DE")
              .queryParam("monthlyActiveUsers", "1000")
              .post("/api/bom/check");
      assertThat(http.statusCode()).as(http.asString()).isEqualTo(200);
      assertThat(http.contentType()).startsWith("application/json");
      JsonNode answer = JSON.readTree(http.asString());
      assertThat(graphql.path("components").size()).isGreaterThan(0);
      assertSameWhereGraphQLAnswers(graphql, answer, "bomCheck");
    }
  }

  @Test
  void csvHasAHeaderAndARowPerModelAndUseQuotedAsRfc4180Says() {
    String csv =
        given()
            .contentType("text/plain")
            .accept("text/csv")
            .body(IDS)
            .queryParam("use", "COMMERCIAL")
            .queryParam("use", "MILITARY")
            .queryParam("actor", "COMPANY")
            .post("/api/bom/check")
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asString();
    List<List<String>> rows = Rfc4180.parse(csv);
    assertThat(rows.get(0)).isEqualTo(BomCheckCsv.HEADER);
    // two resolved models × two uses, and the unresolved one without a use
    assertThat(rows).hasSize(1 + 2 * 2 + 1);
    for (List<String> row : rows) {
      assertThat(row).hasSize(BomCheckCsv.HEADER.size());
    }
    List<String> llamaMilitary =
        rows.stream()
            .filter(r -> r.get(2).equals("meta-llama/Llama-3.2-3B") && r.get(9).equals("MILITARY"))
            .findFirst()
            .orElseThrow();
    assertThat(llamaMilitary.get(3)).isEqualTo("MODEL");
    assertThat(llamaMilitary.get(10)).isEqualTo("PROHIBITED");
    assertThat(llamaMilitary.get(12)).isNotBlank();
    assertThat(llamaMilitary.get(13)).startsWith("http");
    List<String> unknown = rows.get(rows.size() - 1);
    assertThat(unknown.get(3)).isEqualTo("UNRESOLVED");
    assertThat(unknown.get(9)).isEmpty();
    assertThat(csv).contains("\r\n");
  }

  @Test
  void sarifMeetsTheSchemaAndReportsWhatIsNotPlainlyPermitted() throws IOException {
    String body =
        given()
            .contentType("text/plain")
            .accept("application/sarif+json")
            .body(IDS)
            .queryParam("use", "COMMERCIAL,MILITARY")
            .queryParam("actor", "COMPANY")
            .queryParam("artifact", "ml/ai-bom.txt")
            .post("/api/bom/check")
            .then()
            .statusCode(200)
            .contentType("application/sarif+json")
            .extract()
            .asString();
    JsonNode sarif = JSON.readTree(body);
    assertThat(sarifSchema().validate(sarif)).as(body).isEmpty();
    JsonNode run = sarif.at("/runs/0");
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("ModelTerms");
    assertThat(run.at("/tool/driver/version").asText()).isNotBlank();
    List<String> ruleIds = new ArrayList<>();
    run.at("/tool/driver/rules").forEach(r -> ruleIds.add(r.path("id").asText()));
    assertThat(ruleIds)
        .contains("verdict/PROHIBITED", "unresolved/UNKNOWN_MODEL", "flag/LICENSE_MISMATCH");
    List<String> found = new ArrayList<>();
    for (JsonNode result : run.path("results")) {
      assertThat(ruleIds.get(result.path("ruleIndex").asInt()))
          .isEqualTo(result.path("ruleId").asText());
      assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
          .isEqualTo("ml/ai-bom.txt");
      found.add(
          result.at("/locations/0/logicalLocations/0/name").asText()
              + " "
              + result.path("ruleId").asText()
              + " "
              + result.path("level").asText());
    }
    assertThat(found)
        .contains(
            "Llama-3.2-3B verdict/PROHIBITED error",
            "Llama-3.2-3B verdict/CONDITIONAL warning",
            "not-a-model unresolved/UNKNOWN_MODEL error");
    assertThat(found).noneMatch(f -> f.startsWith("gpt-oss-120b"));
  }

  @Test
  void theEnrichedDocumentStaysSchemaValidAndKeepsEverythingElse() throws IOException {
    for (String path :
        List.of(
            "/boms/real/cyclonedx-bom-examples/MLBOM/Model/FoundationModels/bom.json",
            "/boms/real/rgopikrishnan91-aibom/goldenset_results/aloha/cyclonedx-1.6/meta-llama_Llama-3.1-8B-Instruct.json")) {
      String original = resource(path);
      assertThat(new JsonParser().validate(original, Version.VERSION_16))
          .as("valid to begin with: " + path)
          .isEmpty();
      String enriched =
          given()
              .contentType("application/vnd.cyclonedx+json")
              .accept("application/vnd.cyclonedx+json")
              .body(original.getBytes(StandardCharsets.UTF_8))
              .queryParam("use", "COMMERCIAL,MILITARY")
              .post("/api/bom/check")
              .then()
              .statusCode(200)
              .contentType("application/vnd.cyclonedx+json")
              .extract()
              .asString();
      assertThat(new JsonParser().validate(enriched, Version.VERSION_16)).as(path).isEmpty();
      JsonNode after = JSON.readTree(enriched);
      List<JsonNode> models = models(after);
      assertThat(models).as(path).isNotEmpty();
      for (JsonNode model : models) {
        List<String> names = new ArrayList<>();
        model.path("properties").forEach(p -> names.add(p.path("name").asText()));
        assertThat(names).as(path).contains("modelterms:resolution");
        if (!model.path("properties").toString().contains("UNRESOLVED")) {
          assertThat(names)
              .contains("modelterms:verdict:COMMERCIAL", "modelterms:verdict:MILITARY");
        }
      }
      if (path.contains("Llama-3.1-8B-Instruct")) {
        JsonNode llama = models.get(0);
        // the registry knows Llama 3.1 (by the model, its base or its licence): it concludes a
        // licence
        assertThat(llama.path("properties").toString())
            .contains("\"modelterms:resolution\"")
            .doesNotContain("UNRESOLVED");
        assertThat(llama.path("licenses").toString()).contains("\"acknowledgement\":\"concluded\"");
      }
      assertThat(withoutFindings(after))
          .as(path)
          .isEqualTo(withoutFindings(JSON.readTree(original)));
    }
  }

  @Test
  void fieldsThatAreNotCycloneDxShapedAreLeftAsSent() throws IOException {
    String document =
        """
        {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
         "components": [{"type": "machine-learning-model", "bom-ref": "m",
           "name": "openai/gpt-oss-120b", "licenses": "Apache-2.0", "properties": {"a": 1}}]}
        """;
    JsonNode enriched =
        JSON.readTree(
            given()
                .contentType("application/vnd.cyclonedx+json")
                .accept("application/vnd.cyclonedx+json")
                .body(document)
                .queryParam("use", "COMMERCIAL")
                .post("/api/bom/check")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertThat(enriched).isEqualTo(JSON.readTree(document));
  }

  @Test
  void refusalsCarryTheGraphQLCodesWithHttpStatuses() {
    refused("text/plain", IDS, Map.of("use", "DANCING"), 400, "INVALID_ARGUMENT");
    refused("text/plain", IDS, Map.of("on", "June"), 400, "INVALID_ARGUMENT");
    refused("text/plain", IDS, Map.of("country", "germany"), 400, "INVALID_ARGUMENT");
    refused("application/vnd.cyclonedx+json", "{\"bomFormat\": ", Map.of(), 400, "BOM_MALFORMED");
    refused("application/json", "{\"hello\": 1}", Map.of(), 400, "BOM_FORMAT_UNKNOWN");
    refused(
        "application/vnd.cyclonedx+json",
        "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.2\",\"components\":[]}",
        Map.of(),
        400,
        "BOM_VERSION_UNSUPPORTED");
    refused("image/png", "PNG", Map.of(), 415, "BOM_FORMAT_UNKNOWN");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 2001; i++) {
      many.append("acme/model-").append(i).append('\n');
    }
    refused("text/plain", many.toString(), Map.of(), 422, "BOM_TOO_MANY_COMPONENTS");
    byte[] large = new byte[5 * 1024 * 1024 + 1];
    java.util.Arrays.fill(large, (byte) 'a');
    given()
        .contentType("text/plain")
        .body(large)
        .post("/api/bom/check")
        .then()
        .statusCode(413)
        .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BOM_TOO_LARGE"));
    given()
        .contentType("text/plain")
        .accept("application/vnd.cyclonedx+json")
        .body(IDS)
        .post("/api/bom/check")
        .then()
        .statusCode(406);
    given()
        .contentType("text/plain")
        .accept("image/png")
        .body(IDS)
        .post("/api/bom/check")
        .then()
        .statusCode(406);
  }

  private static void refused(
      String contentType, String body, Map<String, String> params, int status, String code) {
    given()
        .contentType(contentType)
        .body(body.getBytes(StandardCharsets.UTF_8))
        .queryParams(params)
        .post("/api/bom/check")
        .then()
        .statusCode(status)
        .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo(code));
  }

  /**
   * Every field the GraphQL answer has, the HTTP answer has with the same value (the HTTP answer
   * has every record field; GraphQL only those asked).
   */
  private static void assertSameWhereGraphQLAnswers(JsonNode graphql, JsonNode http, String at) {
    if (graphql.isObject()) {
      assertThat(http.isObject()).as(at).isTrue();
      for (Iterator<Map.Entry<String, JsonNode>> it = graphql.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        assertThat(http.has(field.getKey())).as(at + "." + field.getKey()).isTrue();
        assertSameWhereGraphQLAnswers(
            field.getValue(), http.get(field.getKey()), at + "." + field.getKey());
      }
    } else if (graphql.isArray()) {
      assertThat(http.size()).as(at).isEqualTo(graphql.size());
      for (int i = 0; i < graphql.size(); i++) {
        assertSameWhereGraphQLAnswers(graphql.get(i), http.get(i), at + "[" + i + "]");
      }
    } else {
      assertThat(http).as(at).isEqualTo(graphql);
    }
  }

  private static List<JsonNode> models(JsonNode bom) {
    List<JsonNode> models = new ArrayList<>();
    collect(bom.path("metadata").path("component"), models);
    bom.path("components").forEach(c -> collect(c, models));
    return models;
  }

  private static void collect(JsonNode component, List<JsonNode> into) {
    if ("machine-learning-model".equals(component.path("type").asText())) {
      into.add(component);
    }
    component.path("components").forEach(c -> collect(c, into));
  }

  /** The document with every concluded licence and modelterms: property taken out. */
  private static JsonNode withoutFindings(JsonNode bom) {
    JsonNode copy = bom.deepCopy();
    for (JsonNode model : models(copy)) {
      strip((ObjectNode) model, "licenses", n -> n.toString().contains("\"concluded\""));
      strip(
          (ObjectNode) model, "properties", n -> n.path("name").asText().startsWith("modelterms:"));
    }
    return copy;
  }

  private static void strip(
      ObjectNode model, String field, java.util.function.Predicate<JsonNode> ours) {
    if (!(model.get(field) instanceof ArrayNode array)) {
      return;
    }
    for (Iterator<JsonNode> it = array.iterator(); it.hasNext(); ) {
      if (ours.test(it.next())) {
        it.remove();
      }
    }
    if (array.isEmpty()) {
      model.remove(field);
    }
  }

  private static Schema sarifSchema() throws IOException {
    try (InputStream in =
        BomCheckHttpTest.class.getResourceAsStream("/boms/schemas/sarif-schema-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = BomCheckHttpTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
