package org.modelterms.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.Fixtures.component;
import static org.modelterms.testing.Fixtures.unique;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Fixtures;

/** A model registered through the API reads back through every field the API offers. */
@QuarkusTest
class ModelLifecycleTest {

  private static final String MODEL_FIELDS =
      """
      fragment M on Model {
        id slug name huggingFaceId releasedOn parameterCount modality description
        licenseExpression revision baseRelation
        provider { slug name country }
        license { identifier }
        licenses { identifier osiApproved }
        baseModel { slug }
        derivedModels { slug }
        openness { weights code data }
        components {
          id kind availability licenseExpression url
          license { identifier kind }
          licenses { identifier }
          model { slug }
          sources { source { url } }
        }
        policies { document { slug } }
        sources { field quote source { id url title publisher retrievedOn confidence } }
      }
      """;

  @Test
  void registeredModelReadsBackThroughEveryField() {
    String suffix = unique();
    String provider = Fixtures.organization("bigcorp-" + suffix);
    JsonPath license =
        query(
            """
            mutation($input: LicenseRegisterInput!) {
              licenseRegister(input: $input) {
                license { identifier spdxId spdxListed kind huggingFaceTags }
                userErrors { code }
              }
            }
            """,
            "input",
            Map.of(
                "identifier",
                "LicenseRef-bigcorp-" + suffix,
                "name",
                "BigCorp Model Licence",
                "kind",
                "RESPONSIBLE_AI",
                "huggingFaceTags",
                List.of("bigcorp-" + suffix),
                "sources",
                List.of(Map.of("url", "https://bigcorp.example/licence"))));
    assertThat(license.getList("data.licenseRegister.userErrors")).isEmpty();
    assertThat(license.getString("data.licenseRegister.license.spdxId")).isNull();

    JsonPath registered =
        Fixtures.registerModel(
            Map.ofEntries(
                Map.entry("slug", "big-" + suffix),
                Map.entry("name", "Big Model"),
                Map.entry("huggingFaceId", "BigCorp/Big-" + suffix),
                Map.entry("provider", provider),
                Map.entry("releasedOn", "2024-07-23"),
                Map.entry("parameterCount", 405_000_000_000L),
                Map.entry("modality", "TEXT"),
                Map.entry("description", "A large model."),
                // lower-case ids are accepted and stored as registered
                Map.entry("licenseExpression", "licenseref-bigcorp-" + suffix),
                Map.entry(
                    "components",
                    List.of(
                        Map.of(
                            "kind", "FINAL_PARAMETERS",
                            "availability", "AVAILABLE",
                            "licenseExpression", "LicenseRef-bigcorp-" + suffix,
                            "url", "https://hf.example/BigCorp/Big",
                            "sources", List.of(Map.of("url", "https://hf.example/card"))),
                        component("INFERENCE_CODE", "AVAILABLE", "Apache-2.0 AND MIT"),
                        component("TRAINING_CODE", "NOT_AVAILABLE", null),
                        component("DATA_CARD", "PARTIAL", "CC-BY-4.0"))),
                Map.entry(
                    "sources",
                    List.of(
                        Map.of(
                            "url", "https://bigcorp.example/blog",
                            "title", "Announcing Big",
                            "publisher", "BigCorp",
                            "retrievedOn", "2024-08-01",
                            "field", "releasedOn",
                            "quote", "Released today")))));
    assertThat(registered.getList("data.modelRegister.userErrors")).isEmpty();
    String id = registered.getString("data.modelRegister.model.id");

    // A derived model, registered by the base model's Hugging Face id.
    JsonPath derived =
        Fixtures.registerModel(
            Map.of(
                "slug",
                "big-tuned-" + suffix,
                "name",
                "Big Tuned",
                "provider",
                provider,
                "releasedOn",
                "2024-09-01",
                "baseModel",
                "bigcorp/BIG-" + suffix,
                "baseRelation",
                "FINE_TUNE"));
    assertThat(derived.getList("data.modelRegister.userErrors")).isEmpty();

    JsonPath bySlug =
        query(
            MODEL_FIELDS + "query($s: String) { model(slug: $s) { ...M } }", "s", "big-" + suffix);
    assertModel(bySlug.setRootPath("data.model"), suffix, id);

    // Hugging Face ids match ignoring case.
    JsonPath byHf =
        query(
            MODEL_FIELDS + "query($h: String) { model(huggingFaceId: $h) { ...M } }",
            "h",
            "bigcorp/big-" + suffix);
    assertThat(byHf.getString("data.model.id")).isEqualTo(id);

    JsonPath byNode =
        query(
            MODEL_FIELDS + "query($id: ID!) { node(id: $id) { __typename ... on Model { ...M } } }",
            "id",
            id);
    assertThat(byNode.getString("data.node.__typename")).isEqualTo("Model");
    assertModel(byNode.setRootPath("data.node"), suffix, id);

    JsonPath listed =
        query(
            """
            query($p: String, $l: String) {
              models(filter: { provider: $p, license: $l }) { totalCount nodes { slug } }
            }
            """,
            "p",
            provider,
            "l",
            "bigcorp-" + suffix);
    assertThat(listed.getInt("data.models.totalCount")).isEqualTo(1);
    assertThat(listed.getList("data.models.nodes.slug")).containsExactly("big-" + suffix);

    JsonPath licensed =
        query(
            """
            query($id: String!) { license(id: $id) { identifier huggingFaceTags sources { source { url } } } }
            """,
            "id",
            "BIGCORP-" + suffix);
    assertThat(licensed.getString("data.license.identifier"))
        .isEqualTo("LicenseRef-bigcorp-" + suffix);
    assertThat(licensed.getList("data.license.sources.source.url"))
        .containsExactly("https://bigcorp.example/licence");
  }

  private static void assertModel(JsonPath m, String suffix, String id) {
    assertThat(m.getString("id")).isEqualTo(id);
    assertThat(m.getString("slug")).isEqualTo("big-" + suffix);
    assertThat(m.getString("name")).isEqualTo("Big Model");
    assertThat(m.getString("huggingFaceId")).isEqualTo("BigCorp/Big-" + suffix);
    assertThat(m.getString("releasedOn")).isEqualTo("2024-07-23");
    assertThat(m.getLong("parameterCount")).isEqualTo(405_000_000_000L);
    assertThat(m.getString("modality")).isEqualTo("TEXT");
    assertThat(m.getString("licenseExpression")).isEqualTo("LicenseRef-bigcorp-" + suffix);
    assertThat(m.getString("license.identifier")).isEqualTo("LicenseRef-bigcorp-" + suffix);
    assertThat(m.getString("provider.slug")).isEqualTo("bigcorp-" + suffix);
    assertThat(m.getString("provider.country")).isEqualTo("US");
    assertThat(m.getString("baseModel")).isNull();
    assertThat(m.getList("derivedModels.slug")).containsExactly("big-tuned-" + suffix);
    assertThat(m.getString("openness.weights")).isEqualTo("AVAILABLE");
    assertThat(m.getString("openness.code")).isEqualTo("PARTIAL");
    assertThat(m.getString("openness.data")).isEqualTo("PARTIAL");
    assertThat(m.getList("components.kind"))
        .containsExactlyInAnyOrder(
            "FINAL_PARAMETERS", "INFERENCE_CODE", "TRAINING_CODE", "DATA_CARD");
    Map<String, Object> inference = componentOf(m, "INFERENCE_CODE");
    assertThat(inference.get("licenseExpression")).isEqualTo("Apache-2.0 AND MIT");
    assertThat(inference.get("license")).isNull();
    assertThat(identifiers(inference)).containsExactlyInAnyOrder("Apache-2.0", "MIT");
    Map<String, Object> weights = componentOf(m, "FINAL_PARAMETERS");
    assertThat(weights.get("url")).isEqualTo("https://hf.example/BigCorp/Big");
    assertThat(((Map<?, ?>) weights.get("license")).get("kind")).isEqualTo("RESPONSIBLE_AI");
    assertThat(((Map<?, ?>) weights.get("model")).get("slug")).isEqualTo("big-" + suffix);
    assertThat(m.getList("sources.source.url")).containsExactly("https://bigcorp.example/blog");
    assertThat(m.getString("sources[0].field")).isEqualTo("releasedOn");
    assertThat(m.getString("sources[0].quote")).isEqualTo("Released today");
    assertThat(m.getString("sources[0].source.confidence")).isEqualTo("PRIMARY");
    assertThat(m.getList("policies")).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> componentOf(JsonPath m, String kind) {
    List<Map<String, Object>> components = m.getList("components");
    return components.stream().filter(c -> kind.equals(c.get("kind"))).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> identifiers(Map<String, Object> component) {
    return ((List<Map<String, Object>>) component.get("licenses"))
        .stream().map(l -> l.get("identifier")).toList();
  }

  @Test
  void updatesChangeOnlyWhatIsGivenAndGuardTheRevision() {
    String suffix = unique();
    String provider = Fixtures.organization("upd-" + suffix);
    String slug = Fixtures.openModel(provider, "upd-model-" + suffix);
    String update =
        """
        mutation($input: ModelUpdateInput!) {
          modelUpdate(input: $input) {
            model { name releasedOn licenseExpression licenses { identifier } revision }
            userErrors { field code }
          }
        }
        """;
    JsonPath changed =
        query(
            update, "input", Map.of("model", slug, "name", "Renamed", "licenseExpression", "MIT"));
    assertThat(changed.getList("data.modelUpdate.userErrors")).isEmpty();
    assertThat(changed.getString("data.modelUpdate.model.name")).isEqualTo("Renamed");
    assertThat(changed.getString("data.modelUpdate.model.releasedOn")).isEqualTo("2024-01-15");
    assertThat(changed.getList("data.modelUpdate.model.licenses.identifier"))
        .containsExactly("MIT");
    int revision = changed.getInt("data.modelUpdate.model.revision");

    JsonPath stale =
        query(
            update,
            "input",
            Map.of("model", slug, "name", "Lost", "expectedRevision", revision - 1));
    assertThat(stale.getString("data.modelUpdate.userErrors[0].code")).isEqualTo("CONFLICT");

    JsonPath comp =
        query(
            """
            mutation($input: ComponentSetInput!) {
              componentSet(input: $input) { component { kind availability licenseExpression } userErrors { code } }
            }
            """,
            "input",
            Map.of(
                "model",
                slug,
                "component",
                Map.of(
                    "kind",
                    "DATASETS",
                    "availability",
                    "AVAILABLE",
                    "licenseExpression",
                    "CC-BY-4.0")));
    assertThat(comp.getList("data.componentSet.userErrors")).isEmpty();
    JsonPath read =
        query(
            "query($s: String) { model(slug: $s) { name openness { data } components { kind } } }",
            "s",
            slug);
    assertThat(read.getString("data.model.name")).isEqualTo("Renamed");
    assertThat(read.getString("data.model.openness.data")).isEqualTo("PARTIAL");
    assertThat(read.getList("data.model.components.kind")).hasSize(3);
  }
}
