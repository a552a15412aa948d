package org.modelterms.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.raw;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.graphql.PlainFieldFetchers.PlainFieldFetcher;

/**
 * The fetchers that replace SmallRye's for plain and batched fields answer what SmallRye's did, and
 * are the ones in place.
 */
@QuarkusTest
class LeanFetchersTest {

  @Inject GraphQLSchema schema;

  @Test
  void plainFieldsAreReadDirectlyAndConvertedOnlyWhereSmallRyeConverts() {
    assertThat(fetcher("Model", "slug")).isInstanceOf(PlainFieldFetcher.class);
    assertThat(plain("Model", "slug").converts()).isFalse();
    assertThat(plain("Model", "modality").converts()).isFalse();
    assertThat(plain("Model", "releasedOn").converts()).isTrue();
    assertThat(plain("Model", "parameterCount").converts()).isTrue();
    assertThat(plain("PolicyVersion", "effectiveFrom").converts()).isTrue();
  }

  @Test
  void convertedFieldsKeepTheirFormats() {
    JsonPath r =
        raw(
            "{ models(first: 100) { nodes { slug releasedOn parameterCount modality revision } } }");
    List<Map<String, Object>> nodes = r.getList("data.models.nodes");
    assertThat(nodes).isNotEmpty();
    assertThat(nodes)
        .filteredOn(n -> n.get("releasedOn") != null)
        .isNotEmpty()
        .allSatisfy(n -> assertThat((String) n.get("releasedOn")).matches("\\d{4}-\\d{2}-\\d{2}"));
    assertThat(nodes)
        .filteredOn(n -> n.get("parameterCount") != null)
        .isNotEmpty()
        .allSatisfy(n -> assertThat(n.get("parameterCount")).isInstanceOf(Number.class));
    assertThat(nodes).allSatisfy(n -> assertThat(n.get("revision")).isInstanceOf(Integer.class));
  }

  @Test
  void batchedFieldsReachTheirLoadersWithTheirArguments() {
    JsonPath r =
        raw(
            "{ models(first: 20) { nodes { slug provider { slug } osaid(on: \"2023-01-01\") { on"
                + " verdict } } } }");
    List<Map<String, Object>> nodes = r.getList("data.models.nodes");
    assertThat(nodes).hasSize(20);
    assertThat(r.getList("data.models.nodes.provider.slug")).doesNotContainNull();
    assertThat(r.getList("data.models.nodes.osaid.on", String.class)).containsOnly("2023-01-01");
  }

  @Test
  void batchedFieldsNoLongerTimeEachParent() {
    raw("{ models(first: 20) { nodes { slug provider { slug } } } }");
    String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics).contains("mp_graphql_seconds_count{name=\"models\"");
    assertThat(metrics).doesNotContain("mp_graphql_seconds_count{name=\"provider\"");
  }

  private DataFetcher<?> fetcher(String type, String field) {
    GraphQLObjectType object = schema.getObjectType(type);
    return schema
        .getCodeRegistry()
        .getDataFetcher(
            FieldCoordinates.coordinates(type, field), object.getFieldDefinition(field));
  }

  private PlainFieldFetcher<?> plain(String type, String field) {
    return (PlainFieldFetcher<?>) fetcher(type, field);
  }
}
