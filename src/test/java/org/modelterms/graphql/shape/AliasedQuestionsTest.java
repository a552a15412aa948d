package org.modelterms.graphql.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The questions front ends asked when the first alias's arguments answered every alias: two dates,
 * two uses with an actor, and two actors on a list of models. Each alias answers what it asks
 * alone; {@link AliasedArgumentsTest} covers every field with random arguments.
 */
@QuarkusTest
class AliasedQuestionsTest {

  @Test
  void twoDatesOfAnOsaidAssessment() {
    JsonPath both =
        query(
            """
            { model(slug: "falcon-40b") {
                a: osaid(on: "2023-05-28") { verdict on }
                b: osaid(on: "2023-06-01") { verdict on } } }
            """);
    assertThat(both.getString("data.model.a.on")).isEqualTo("2023-05-28");
    assertThat(both.getString("data.model.b.on")).isEqualTo("2023-06-01");
    assertThat(both.<Object>get("data.model.b"))
        .isEqualTo(
            query("{ model(slug: \"falcon-40b\") { b: osaid(on: \"2023-06-01\") { verdict on } } }")
                .get("data.model.b"));
  }

  @Test
  void twoUsesAndAnActor() {
    String x = "x: usePermission(use: MILITARY, on: \"2024-10-01\") { verdict use on explanation }";
    String y =
        "y: usePermission(use: COMMERCIAL, on: \"2024-12-01\", actor: {kind: GOVERNMENT, country:"
            + " \"US\"}) { verdict use on explanation }";
    JsonPath both = query("{ model(slug: \"llama-3.1-405b\") { " + x + " " + y + " } }");
    assertThat(both.getString("data.model.y.use")).isEqualTo("COMMERCIAL");
    assertThat(both.getString("data.model.y.on")).isEqualTo("2024-12-01");
    assertThat(both.<Object>get("data.model.x"))
        .isEqualTo(query("{ model(slug: \"llama-3.1-405b\") { " + x + " } }").get("data.model.x"));
    assertThat(both.<Object>get("data.model.y"))
        .isEqualTo(query("{ model(slug: \"llama-3.1-405b\") { " + y + " } }").get("data.model.y"));
  }

  @Test
  void twoActorsOnEveryModelOfAList() {
    String contractor =
        "contractor: usePermission(use: MILITARY, actor: {kind: DEFENSE_CONTRACTOR, country:"
            + " \"US\"}) { verdict use on }";
    String china =
        "china: usePermission(use: MILITARY, on: \"2024-06-01\", actor: {kind: GOVERNMENT,"
            + " country: \"CN\"}) { verdict use on }";
    String page = "{ models(first: 50) { nodes { slug %s } } }";
    List<Map<String, Object>> both =
        query(page.formatted(contractor + " " + china)).getList("data.models.nodes");
    List<Map<String, Object>> contractorAlone =
        query(page.formatted(contractor)).getList("data.models.nodes");
    List<Map<String, Object>> chinaAlone =
        query(page.formatted(china)).getList("data.models.nodes");
    for (int i = 0; i < both.size(); i++) {
      assertThat(both.get(i).get("contractor"))
          .as((String) both.get(i).get("slug"))
          .isEqualTo(contractorAlone.get(i).get("contractor"));
      assertThat(both.get(i).get("china"))
          .as((String) both.get(i).get("slug"))
          .isEqualTo(chinaAlone.get(i).get("china"));
    }
    Map<String, Object> chatbit =
        both.stream().filter(n -> n.get("slug").equals("chatbit")).findFirst().orElseThrow();
    assertThat(((Map<?, ?>) chatbit.get("china")).get("verdict")).isNotEqualTo("PERMITTED");
  }
}
