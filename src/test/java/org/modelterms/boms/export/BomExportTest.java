package org.modelterms.boms.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.boms.export.BomSchemas.assertValidCycloneDxJson;
import static org.modelterms.boms.export.BomSchemas.assertValidCycloneDxXml;
import static org.modelterms.boms.export.BomSchemas.assertValidSpdx;
import static org.modelterms.boms.export.BomSchemas.json;
import static org.modelterms.testing.GraphQLClient.query;
import static org.modelterms.testing.GraphQLClient.raw;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.parsers.XmlParser;
import org.junit.jupiter.api.Test;

/**
 * Registry models out as bills of materials, from the curated dataset over real GraphQL and HTTP:
 * every document meets its official schema, and states what the registry answers elsewhere — the
 * verdicts of {@code complianceReport}, the licences and base models of {@code model}.
 */
@QuarkusTest
class BomExportTest {

  /**
   * Llama 3.1 8B and two models built on it, a fine-tune of a fine-tune's base (ChatBIT on Llama 2
   * 13B), a closed API model, an Apache-2.0 model, a model whose licence is an expression, and an
   * identifier that names nothing.
   */
  static final List<String> ASKED =
      List.of(
          "llama-3.2-3b",
          "meta-llama/Llama-3.2-11B-Vision",
          "llama-3.1-8b",
          "chatbit",
          "gpt-4o",
          "mistral-7b-v0.1",
          "gpt-oss-120b",
          "no-such-model");

  static final List<String> SLUGS =
      List.of(
          "llama-3.2-3b",
          "llama-3.2-11b-vision",
          "llama-3.1-8b",
          "chatbit",
          "gpt-4o",
          "mistral-7b-v0.1",
          "gpt-oss-120b");

  /** complianceReport's verdicts, by slug and use: what every export must repeat. */
  static Map<String, Map<String, String>> verdicts;

  /** The deciding clauses' quotes of each prohibited use, by slug and use. */
  static Map<String, Map<String, List<String>>> quotes;

  /** Asked once, when the first test needs it (RestAssured knows the port only then). */
  static synchronized void askTheRegistry() {
    if (verdicts != null) {
      return;
    }
    JsonPath report =
        query(
            """
            query($m: [String!]!) { complianceReport(models: $m) {
              rows { model { slug } permissions { use verdict rules { quote } } } } }
            """,
            "m",
            ASKED);
    Map<String, Map<String, String>> verdicts = new HashMap<>();
    quotes = new HashMap<>();
    List<Map<String, Object>> rows = report.getList("data.complianceReport.rows");
    for (Map<String, Object> row : rows) {
      String slug = (String) ((Map<?, ?>) row.get("model")).get("slug");
      Map<String, String> byUse = new HashMap<>();
      Map<String, List<String>> quotesByUse = new HashMap<>();
      for (Object o : (List<?>) row.get("permissions")) {
        Map<?, ?> p = (Map<?, ?>) o;
        byUse.put((String) p.get("use"), (String) p.get("verdict"));
        quotesByUse.put(
            (String) p.get("use"),
            ((List<?>) p.get("rules"))
                .stream().map(r -> (String) ((Map<?, ?>) r).get("quote")).toList());
      }
      verdicts.put(slug, byUse);
      quotes.put(slug, quotesByUse);
    }
    assertThat(verdicts).containsOnlyKeys(SLUGS);
    assertThat(verdicts.get("llama-3.1-8b")).containsValue("PROHIBITED");
    BomExportTest.verdicts = verdicts;
  }

  private static JsonPath modelsBom(List<String> models, String format) {
    askTheRegistry();
    return query(
            """
            query($m: [String!]!, $f: BomExportFormat!) {
              modelsBom(models: $m, format: $f) { format mediaType fileName content unknownModels }
            }
            """,
            "m",
            models,
            "f",
            format)
        .setRootPath("data.modelsBom");
  }

  @Test
  void cycloneDxJsonMeetsTheSchemaAndStatesTheRegistrysAnswers() {
    JsonPath answer = modelsBom(ASKED, "CYCLONEDX_JSON");
    assertThat(answer.getString("mediaType")).isEqualTo("application/vnd.cyclonedx+json");
    assertThat(answer.getString("fileName")).isEqualTo("llama-3.2-3b-and-6-more.cdx.json");
    assertThat(answer.getList("unknownModels")).containsExactly("no-such-model");
    String content = answer.getString("content");
    assertValidCycloneDxJson(content);

    JsonNode bom = json(content);
    assertThat(bom.get("specVersion").asText()).isEqualTo("1.6");
    assertThat(bom.get("serialNumber").asText()).matches("urn:uuid:[0-9a-f-]{36}");
    JsonNode tool = bom.at("/metadata/tools/components/0");
    assertThat(tool.get("name").asText()).isEqualTo("ModelTerms");
    assertThat(tool.get("version").asText()).isNotBlank();
    assertThat(bom.at("/metadata/timestamp").asText()).isNotBlank();

    Map<String, JsonNode> bySlug = new HashMap<>();
    bom.get("components").forEach(c -> bySlug.put(property(c, "slug"), c));
    assertThat(bySlug).containsOnlyKeys(SLUGS);
    bySlug
        .values()
        .forEach(c -> assertThat(c.get("type").asText()).isEqualTo("machine-learning-model"));

    JsonNode fineTune = bySlug.get("llama-3.2-3b");
    assertThat(fineTune.get("purl").asText()).isEqualTo("pkg:huggingface/meta-llama/Llama-3.2-3B");
    assertThat(fineTune.at("/supplier/name").asText()).isEqualTo("Meta Platforms, Inc.");
    JsonNode license = fineTune.at("/licenses/0/license");
    assertThat(license.get("name").asText()).isEqualTo("LicenseRef-Llama-3.2-Community-License");
    assertThat(license.get("url").asText()).startsWith("https://");
    assertThat(license.get("acknowledgement").asText()).isEqualTo("concluded");
    JsonNode base = fineTune.at("/pedigree/ancestors/0");
    assertThat(base.get("purl").asText()).isEqualTo("pkg:huggingface/meta-llama/Llama-3.1-8B");
    assertThat(base.at("/licenses/0/license/name").asText())
        .isEqualTo("LicenseRef-Llama-3.1-Community-License");
    assertThat(fineTune.at("/pedigree/notes").asText()).contains("Llama 3.1 8B");
    assertThat(urls(fineTune, "website"))
        .contains("https://huggingface.co/meta-llama/Llama-3.2-3B");
    assertThat(urls(fineTune, "evidence")).isNotEmpty();

    JsonNode chatbit = bySlug.get("chatbit");
    assertThat(chatbit.at("/pedigree/ancestors/0/name").asText()).isEqualTo("Llama 2 13B");
    assertThat(chatbit.at("/pedigree/ancestors/0/purl").asText())
        .isEqualTo("pkg:huggingface/meta-llama/Llama-2-13b-hf");

    assertThat(bySlug.get("gpt-4o").has("purl")).as("a closed model has no package URL").isFalse();
    assertThat(bySlug.get("gpt-4o").has("pedigree")).isFalse();
    assertThat(bySlug.get("mistral-7b-v0.1").at("/licenses/0/license/id").asText())
        .isEqualTo("Apache-2.0");
    JsonNode expression = bySlug.get("gpt-oss-120b").at("/licenses/0");
    assertThat(expression.get("expression").asText())
        .isEqualTo("Apache-2.0 AND LicenseRef-OpenAI-gpt-oss-Usage-Policy");
    assertThat(expression.get("acknowledgement").asText()).isEqualTo("concluded");

    for (String slug : SLUGS) {
      JsonNode c = bySlug.get(slug);
      verdicts
          .get(slug)
          .forEach(
              (use, verdict) ->
                  assertThat(property(c, "verdict:" + use))
                      .as(slug + " " + use)
                      .isEqualTo(verdict));
      assertThat(property(c, "osaid")).isNotBlank();
      assertThat(property(c, "mof-class")).isNotBlank();
      String useCase = c.at("/modelCard/considerations/useCases/0").asText();
      verdicts.get(slug).keySet().forEach(use -> assertThat(useCase).contains(use));
      JsonNode considerations = c.at("/modelCard/considerations/ethicalConsiderations");
      assertThat(considerations).hasSize(11);
      considerations.forEach(
          e -> {
            String name = e.get("name").asText();
            String use = name.substring(0, name.indexOf(':'));
            assertThat(name).isEqualTo(use + ": " + verdicts.get(slug).get(use).toLowerCase());
            quotes
                .get(slug)
                .get(use)
                .forEach(q -> assertThat(e.get("mitigationStrategy").asText()).contains(q));
          });
    }
    // Llama 3.1 8B's acceptable use policy forbids weapons: named with its clause.
    JsonNode weapons =
        bySlug.get("llama-3.1-8b").at("/modelCard/considerations/ethicalConsiderations");
    List<String> names = new ArrayList<>();
    weapons.forEach(r -> names.add(r.get("name").asText()));
    assertThat(names).contains("WEAPONS: prohibited");
    assertThat(bySlug.get("llama-3.1-8b").at("/modelCard/considerations/useCases/0").asText())
        .contains("prohibit ")
        .contains("WEAPONS");
  }

  @Test
  void cycloneDxXmlMeetsTheSchemaAndReadsBack() throws Exception {
    JsonPath answer = modelsBom(ASKED, "CYCLONEDX_XML");
    assertThat(answer.getString("mediaType")).isEqualTo("application/vnd.cyclonedx+xml");
    String content = answer.getString("content");
    assertValidCycloneDxXml(content);
    Bom bom = new XmlParser().parse(content.getBytes(StandardCharsets.UTF_8));
    Map<String, Component> byRef = new HashMap<>();
    bom.getComponents().forEach(c -> byRef.put(c.getBomRef(), c));
    assertThat(byRef).containsOnlyKeys(SLUGS.stream().map(s -> "model:" + s).toList());
    Component fineTune = byRef.get("model:llama-3.2-3b");
    assertThat(fineTune.getType()).isEqualTo(Component.Type.MACHINE_LEARNING_MODEL);
    assertThat(fineTune.getPedigree().getAncestors().getComponents().get(0).getPurl())
        .isEqualTo("pkg:huggingface/meta-llama/Llama-3.1-8B");
    assertThat(byRef.get("model:gpt-oss-120b").getLicenses().getExpression().getValue())
        .isEqualTo("Apache-2.0 AND LicenseRef-OpenAI-gpt-oss-Usage-Policy");
    assertThat(fineTune.getModelCard().getConsiderations().getUseCases()).hasSize(1);
    assertThat(fineTune.getModelCard().getConsiderations().getEthicalConsiderations()).hasSize(11);
    assertThat(
            fineTune.getProperties().stream()
                .filter(p -> p.getName().equals("modelterms:verdict:MILITARY"))
                .findFirst()
                .orElseThrow()
                .getValue())
        .isEqualTo(verdicts.get("llama-3.2-3b").get("MILITARY"));
  }

  @Test
  void spdxMeetsTheSchemaAndStatesTheRegistrysAnswers() {
    JsonPath answer = modelsBom(ASKED, "SPDX_JSON");
    assertThat(answer.getString("mediaType")).isEqualTo("application/spdx+json");
    assertThat(answer.getString("fileName")).endsWith(".spdx.json");
    JsonNode document = assertValidSpdx(answer.getString("content"));
    assertThat(document.get("@context").asText())
        .isEqualTo("https://spdx.org/rdf/3.0.1/spdx-context.jsonld");
    Map<String, JsonNode> byId = new HashMap<>();
    List<JsonNode> relationships = new ArrayList<>();
    JsonNode creation = null;
    JsonNode spdxDocument = null;
    for (JsonNode e : document.get("@graph")) {
      switch (e.get("type").asText()) {
        case "CreationInfo" -> creation = e;
        case "SpdxDocument" -> spdxDocument = e;
        case "Relationship" -> relationships.add(e);
        default -> byId.put(e.get("spdxId").asText(), e);
      }
    }
    assertThat(creation.get("specVersion").asText()).isEqualTo("3.0.1");
    assertThat(byId.get(creation.at("/createdUsing/0").asText()).get("name").asText())
        .startsWith("ModelTerms ");

    Map<String, String> idBySlug = new HashMap<>();
    byId.forEach(
        (id, e) -> {
          if (e.get("type").asText().equals("ai_AIPackage")) {
            idBySlug.put(id.substring(id.lastIndexOf('/') + 1), id);
          }
        });
    // The exported models are the document's roots; their base models are there beside them.
    assertThat(idBySlug).containsKeys(SLUGS.toArray(String[]::new)).containsKey("llama-2-13b-hf");
    List<String> roots = new ArrayList<>();
    spdxDocument.get("rootElement").forEach(r -> roots.add(r.asText()));
    assertThat(roots).containsExactlyElementsOf(SLUGS.stream().map(idBySlug::get).toList());

    JsonNode fineTune = byId.get(idBySlug.get("llama-3.2-3b"));
    assertThat(fineTune.get("software_packageUrl").asText())
        .isEqualTo("pkg:huggingface/meta-llama/Llama-3.2-3B");
    assertThat(fineTune.get("software_downloadLocation").asText())
        .isEqualTo("https://huggingface.co/meta-llama/Llama-3.2-3B");
    assertThat(fineTune.get("releaseTime").asText()).endsWith("T00:00:00Z");
    assertThat(byId.get(fineTune.get("suppliedBy").asText()).get("name").asText())
        .isEqualTo("Meta Platforms, Inc.");
    assertThat(to(relationships, idBySlug.get("llama-3.2-3b"), "descendantOf"))
        .containsExactly(idBySlug.get("llama-3.1-8b"));
    assertThat(to(relationships, idBySlug.get("chatbit"), "descendantOf"))
        .containsExactly(idBySlug.get("llama-2-13b-hf"));
    assertThat(license(byId, relationships, "gpt-oss-120b", "hasConcludedLicense"))
        .isEqualTo("Apache-2.0 AND LicenseRef-OpenAI-gpt-oss-Usage-Policy");
    assertThat(license(byId, relationships, "gpt-oss-120b", "hasDeclaredLicense"))
        .isEqualTo("Apache-2.0 AND LicenseRef-OpenAI-gpt-oss-Usage-Policy");
    assertThat(license(byId, relationships, "mistral-7b-v0.1", "hasConcludedLicense"))
        .isEqualTo("Apache-2.0");
    JsonNode llamaLicense =
        licenseElement(byId, relationships, "llama-3.2-3b", "hasConcludedLicense");
    assertThat(llamaLicense.at("/simplelicensing_customIdToUri/0/key").asText())
        .isEqualTo("LicenseRef-Llama-3.2-Community-License");

    for (String slug : SLUGS) {
      Map<String, String> properties = new HashMap<>();
      byId.get(idBySlug.get(slug))
          .at("/extension/0/extension_cdxProperty")
          .forEach(
              p ->
                  properties.put(
                      p.get("extension_cdxPropName").asText(),
                      p.get("extension_cdxPropValue").asText()));
      verdicts
          .get(slug)
          .forEach(
              (use, verdict) ->
                  assertThat(properties.get("modelterms:verdict:" + use))
                      .as(slug + " " + use)
                      .isEqualTo(verdict));
    }
    assertThat(byId.get(idBySlug.get("llama-3.1-8b")).get("ai_limitation").asText())
        .contains("WEAPONS");
  }

  @Test
  void everyModelOfAPageExportsItsOwnBom() {
    JsonPath page =
        query(
            """
            { models(first: 5) { nodes { slug
                cdx: bom(format: CYCLONEDX_JSON) spdx: bom(format: SPDX_JSON) } } }
            """);
    List<Map<String, String>> nodes = page.getList("data.models.nodes");
    assertThat(nodes).hasSize(5);
    for (Map<String, String> node : nodes) {
      String cdx = node.get("cdx");
      assertValidCycloneDxJson(cdx);
      assertThat(json(cdx).get("components")).hasSize(1);
      assertThat(property(json(cdx).at("/components/0"), "slug")).isEqualTo(node.get("slug"));
      assertValidSpdx(node.get("spdx"));
    }
  }

  @Test
  void theSameQuestionGetsTheSameDocument() {
    String once = modelsBom(List.of("llama-3.2-3b"), "CYCLONEDX_JSON").getString("content");
    String again = modelsBom(List.of("llama-3.2-3b"), "CYCLONEDX_JSON").getString("content");
    assertThat(again).isEqualTo(once);
    String other = modelsBom(List.of("llama-3.1-8b"), "CYCLONEDX_JSON").getString("content");
    assertThat(json(other).get("serialNumber")).isNotEqualTo(json(once).get("serialNumber"));
    String spdx = modelsBom(List.of("llama-3.2-3b"), "SPDX_JSON").getString("content");
    assertThat(spdx)
        .isEqualTo(modelsBom(List.of("llama-3.2-3b"), "SPDX_JSON").getString("content"));
  }

  @Test
  void aBomHoldsAtMostAHundredModels() {
    List<String> many = IntStream.range(0, 101).mapToObj(i -> "model-" + i).toList();
    JsonPath answer =
        raw(
            "query($m: [String!]!) { modelsBom(models: $m, format: SPDX_JSON) { content } }",
            "m",
            many);
    assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("INVALID_ARGUMENT");
  }

  @Test
  void theHttpEndpointAnswersTheDocumentWithItsMediaTypeAndFileName() {
    for (String format : List.of("cyclonedx-json", "cyclonedx-xml", "spdx-json")) {
      Response response =
          given()
              .queryParam("models", "llama-3.2-3b,meta-llama/Llama-3.1-8B")
              .queryParam("format", format)
              .get("/api/bom/export");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.header("Content-Disposition"))
          .isEqualTo(
              "attachment; filename=\"llama-3.2-3b-and-1-more"
                  + BomExportFormat.ofParameter(format).orElseThrow().fileName("", 1)
                  + "\"");
      String body = response.asString();
      switch (format) {
        case "cyclonedx-json" -> {
          assertThat(response.contentType()).startsWith("application/vnd.cyclonedx+json");
          assertValidCycloneDxJson(body);
          assertThat(json(body).get("components")).hasSize(2);
        }
        case "cyclonedx-xml" -> {
          assertThat(response.contentType()).startsWith("application/vnd.cyclonedx+xml");
          assertValidCycloneDxXml(body);
        }
        default -> {
          assertThat(response.contentType()).startsWith("application/spdx+json");
          assertValidSpdx(body);
        }
      }
    }
  }

  @Test
  void theHttpEndpointRefusesWhatItCannotAnswer() {
    Response unknown =
        given().queryParam("models", "llama-3.1-8b,no-such-model").get("/api/bom/export");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.jsonPath().getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
    assertThat(unknown.jsonPath().getString("errors[0].message")).contains("no-such-model");

    Response format =
        given()
            .queryParam("models", "llama-3.1-8b")
            .queryParam("format", "spdx-tv")
            .get("/api/bom/export");
    assertThat(format.statusCode()).isEqualTo(400);
    assertThat(format.jsonPath().getString("errors[0].extensions.code"))
        .isEqualTo("INVALID_ARGUMENT");

    Response none = given().get("/api/bom/export");
    assertThat(none.statusCode()).isEqualTo(400);

    String many = String.join(",", IntStream.range(0, 101).mapToObj(i -> "m" + i).toList());
    Response tooMany = given().queryParam("models", many).get("/api/bom/export");
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(tooMany.jsonPath().getString("errors[0].message")).contains("100");
  }

  private static String property(JsonNode component, String name) {
    for (JsonNode p : component.path("properties")) {
      if (p.get("name").asText().equals("modelterms:" + name)) {
        return p.get("value").asText();
      }
    }
    return null;
  }

  private static List<String> urls(JsonNode component, String type) {
    List<String> urls = new ArrayList<>();
    component
        .path("externalReferences")
        .forEach(
            r -> {
              if (r.get("type").asText().equals(type)) {
                urls.add(r.get("url").asText());
              }
            });
    return urls;
  }

  private static List<String> to(List<JsonNode> relationships, String from, String type) {
    List<String> to = new ArrayList<>();
    for (JsonNode r : relationships) {
      if (r.get("from").asText().equals(from) && r.get("relationshipType").asText().equals(type)) {
        r.get("to").forEach(t -> to.add(t.asText()));
      }
    }
    return to;
  }

  private static JsonNode licenseElement(
      Map<String, JsonNode> byId, List<JsonNode> relationships, String slug, String type) {
    String model =
        byId.keySet().stream()
            .filter(id -> id.endsWith("/model/" + slug))
            .findFirst()
            .orElseThrow();
    List<String> licenses = to(relationships, model, type);
    assertThat(licenses).hasSize(1);
    return byId.get(licenses.get(0));
  }

  private static String license(
      Map<String, JsonNode> byId, List<JsonNode> relationships, String slug, String type) {
    return licenseElement(byId, relationships, slug, type)
        .get("simplelicensing_licenseExpression")
        .asText();
  }
}
