package org.modelterms.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.TestIdentities;

/**
 * Every refusal of the bad-input suite gets the same code over HTTP and over WebSocket, and a
 * WebSocket connection keeps to its limits.
 */
@QuarkusTest
class TransportParityTest {

  @TestHTTPResource("/graphql")
  URI graphql;

  private static JsonObject q(String document) {
    return new JsonObject().put("query", document);
  }

  /** Each refused request, by name, with the code HTTP gives it. */
  private static Map<String, Case> refusals() {
    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put("query not a string", new Case(new JsonObject().put("query", 42), "BAD_REQUEST"));
    cases.put(
        "variables not an object",
        new Case(q("{ __typename }").put("variables", "x"), "BAD_REQUEST"));
    cases.put("invalid GraphQL", new Case(q("{ models { totalCount "), "GRAPHQL_PARSE_FAILED"));
    cases.put(
        "unknown field", new Case(q("{ models { totalCont } }"), "GRAPHQL_VALIDATION_FAILED"));
    cases.put(
        "unknown type",
        new Case(q("{ ...F } fragment F on NoSuchType { id }"), "GRAPHQL_VALIDATION_FAILED"));
    cases.put(
        "wrong argument type",
        new Case(q("{ models(first: \"ten\") { totalCount } }"), "GRAPHQL_VALIDATION_FAILED"));
    cases.put(
        "unknown enum value",
        new Case(
            q("{ policyDocuments(kind: NOT_A_KIND) { totalCount } }"),
            "GRAPHQL_VALIDATION_FAILED"));
    cases.put(
        "unknown operation",
        new Case(q("query A { __typename }").put("operationName", "B"), "UNKNOWN_OPERATION"));
    cases.put(
        "operation name required",
        new Case(q("query A { __typename } query B { __typename }"), "OPERATION_NAME_REQUIRED"));
    cases.put(
        "invalid date",
        new Case(
            q("{ model(slug: \"chatbit\") { osaid(on: \"2024-13-45\") { verdict } } }"),
            "INVALID_ARGUMENT"));
    cases.put(
        "invalid date variable",
        new Case(
            q("query($d: Date) { model(slug: \"chatbit\") { osaid(on: $d) { verdict } } }")
                .put("variables", new JsonObject().put("d", "yesterday")),
            "INVALID_ARGUMENT"));
    cases.put(
        "invalid country",
        new Case(
            q(
                "{ usePermission(model: \"chatbit\", use: MILITARY, actor: {country: \"Z1\"})"
                    + " { verdict } }"),
            "INVALID_ARGUMENT"));
    cases.put(
        "number too large",
        new Case(
            q(
                "{ usePermission(model: \"chatbit\", use: COMMERCIAL,"
                    + " actor: {monthlyActiveUsers: 100000000000000000000000000}) { verdict } }"),
            "OUT_OF_RANGE"));
    String nested = "slug";
    for (int i = 0; i < 11; i++) {
      nested = "baseModel { " + nested + " }";
    }
    cases.put(
        "too deep",
        new Case(q("{ model(slug: \"chatbit\") { " + nested + " } }"), "QUERY_TOO_DEEP"));
    cases.put(
        "too complex",
        new Case(
            q("{ model(slug: \"chatbit\") { " + "slug name ".repeat(350) + " } }"),
            "QUERY_TOO_COMPLEX"));
    StringBuilder fragments = new StringBuilder("{ license(id: \"MIT\") { ...F0 } }");
    for (int i = 0; i < 12; i++) {
      fragments.append(" fragment F").append(i).append(" on License { ...F").append(i + 1);
      fragments.append(" ... on License { ...F").append(i + 1).append(" } }");
    }
    fragments.append(" fragment F12 on License { name spdxId }");
    cases.put("fragments hiding cost", new Case(q(fragments.toString()), "QUERY_TOO_COMPLEX"));
    StringBuilder models = new StringBuilder();
    for (int i = 0; i < 2100; i++) {
      models.append("\"m").append(i).append("\" ");
    }
    cases.put(
        "too many tokens",
        new Case(
            q("{ complianceReport(models: [" + models + "]) { unknownModels } }"),
            "TOO_MANY_TOKENS"));
    StringBuilder aliases = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      aliases.append("a").append(i);
      aliases.append(": models(first: 100) { nodes { useTerms { explanation } } } ");
    }
    cases.put("30 costly aliases", new Case(q("{ " + aliases + "}"), "TOO_MANY_ALIASES"));
    StringBuilder fifteen = new StringBuilder();
    for (int i = 0; i < 15; i++) {
      fifteen.append("a").append(i);
      fifteen.append(": models(first: 100) { nodes { useTerms { explanation } } } ");
    }
    cases.put(
        "15 aliases fanning out to 16,500 verdicts",
        new Case(q("{ " + fifteen + "}"), "QUERY_TOO_COSTLY"));
    cases.put(
        "too many directives",
        new Case(
            q("{ license(id: \"MIT\") { name " + "@include(if: true) ".repeat(51) + "} }"),
            "TOO_MANY_DIRECTIVES"));
    StringBuilder operations = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      operations.append("query Q").append(i).append(" { license(id: \"MIT\") { name } } ");
    }
    cases.put(
        "too many operations",
        new Case(q(operations.toString()).put("operationName", "Q1"), "TOO_MANY_OPERATIONS"));
    return cases;
  }

  private record Case(JsonObject request, String code) {}

  private static String overHttp(JsonObject request) {
    String body =
        given()
            .contentType("application/json")
            .body(request.encode())
            .when()
            .post("/graphql")
            .then()
            .extract()
            .asString();
    return JsonPath.from(body).getString("errors[0].extensions.code");
  }

  @Test
  void everyRefusalHasTheSameCodeOverBothTransports() throws Exception {
    List<String> differing = new ArrayList<>();
    try (GraphQLSocket socket = GraphQLSocket.initialised(graphql)) {
      for (Map.Entry<String, Case> refusal : refusals().entrySet()) {
        String name = refusal.getKey();
        Case c = refusal.getValue();
        String http = overHttp(c.request());
        JsonObject answer = socket.ask(name, c.request());
        String webSocket = GraphQLSocket.code(answer);
        assertThat(http).as(name + " over HTTP").isEqualTo(c.code());
        if (c.code().equals(webSocket)) {
          BadInputTest.assertNoInternals(name, answer.encode());
        } else {
          differing.add(name + ": " + answer.encode());
        }
      }
    }
    assertThat(differing).as("refusals with another code over WebSocket").isEmpty();
  }

  @Test
  void anAnswerOverWebSocketCarriesItsCostAsOverHttp() throws Exception {
    String query = "{ models(first: 3) { nodes { slug } } }";
    long overHttp =
        given()
            .contentType("application/json")
            .body(Map.of("query", query))
            .post("/graphql")
            .jsonPath()
            .getLong("extensions.cost.requested");
    try (GraphQLSocket socket = GraphQLSocket.initialised(GraphQLSocket.webSocketUri(graphql))) {
      JsonObject answer = socket.ask("cost", new JsonObject().put("query", query));
      assertThat(answer.getString("type")).as(answer.encode()).isEqualTo("next");
      JsonObject cost =
          answer.getJsonObject("payload").getJsonObject("extensions").getJsonObject("cost");
      assertThat(cost.getLong("requested")).isEqualTo(overHttp).isPositive();
      assertThat(cost.getLong("limit")).isPositive();
    }
  }

  @Test
  void aRefusedOperationGetsTheProtocolsErrorMessage() throws Exception {
    JsonObject deep = refusals().get("too deep").request();
    try (GraphQLSocket socket = GraphQLSocket.initialised(graphql)) {
      JsonObject answer = socket.ask("1", deep);
      assertThat(answer.getString("type")).isEqualTo("error");
      assertThat(answer.getJsonArray("payload").getJsonObject(0).getString("message"))
          .contains("deep");
      // The connection stays usable, and the id is free again.
      JsonObject ok = socket.ask("1", q("{ license(id: \"MIT\") { name } }"));
      assertThat(ok.getString("type")).isEqualTo("next");
      assertThat(ok.getJsonObject("payload").getJsonObject("data").getJsonObject("license"))
          .isEqualTo(new JsonObject().put("name", "MIT License"));
      assertThat(socket.next().getString("type")).isEqualTo("complete");
    }
    try (GraphQLSocket legacy = GraphQLSocket.open(graphql, "graphql-ws", Map.of())) {
      legacy.init(new JsonObject());
      legacy.start("start", "1", deep);
      JsonObject answer = legacy.next();
      assertThat(answer.getString("type")).isEqualTo("error");
      assertThat(GraphQLSocket.code(answer)).isEqualTo("QUERY_TOO_DEEP");
    }
  }

  @Test
  void mutationsNeedTheirRoleOverWebSocketToo() throws Exception {
    JsonObject register =
        q(
            "mutation { organizationRegister(input: {slug: \"ws-anon\", name: \"x\"}) {"
                + " userErrors { code } } }");
    try (GraphQLSocket anonymous = GraphQLSocket.initialised(graphql)) {
      assertThat(GraphQLSocket.code(anonymous.ask("1", register))).isEqualTo("UNAUTHENTICATED");
    }
    try (GraphQLSocket reader = GraphQLSocket.open(graphql)) {
      reader.init(
          new JsonObject().put("Authorization", TestIdentities.bearer("ws-reader", "reader")));
      assertThat(GraphQLSocket.code(reader.ask("1", register))).isEqualTo("FORBIDDEN");
    }
    try (GraphQLSocket editor = GraphQLSocket.open(graphql)) {
      editor.init(
          new JsonObject()
              .put("Authorization", TestIdentities.localBasic(TestIdentities.LOCAL_PASSWORD)));
      // A slug this registry refuses: the write is attempted, and nothing is written.
      JsonObject answer =
          editor.ask(
              "1",
              q(
                  "mutation { organizationRegister(input: {slug: \"Not A Slug\", name: \"x\"}) {"
                      + " userErrors { code } } }"));
      assertThat(answer.getString("type")).as(answer.encode()).isEqualTo("next");
      assertThat(
              answer
                  .getJsonObject("payload")
                  .getJsonObject("data")
                  .getJsonObject("organizationRegister")
                  .getJsonArray("userErrors"))
          .isNotEmpty();
    }
  }

  @Test
  void finishedOperationsFreeTheirPlace() throws Exception {
    try (GraphQLSocket socket = GraphQLSocket.initialised(graphql)) {
      // More queries than a connection may have in flight, one after another.
      for (int i = 0; i < 25; i++) {
        JsonObject answer = socket.ask("q" + i, q("{ __typename }"));
        assertThat(answer.getString("type")).as(answer.encode()).isEqualTo("next");
        assertThat(socket.next().getString("type")).isEqualTo("complete");
      }
    }
  }

  @Test
  void aConnectionHoldsAtMostTwentyOperationsInFlight() throws Exception {
    try (GraphQLSocket socket = GraphQLSocket.initialised(graphql)) {
      JsonObject subscription = q("subscription { policyChanged(model: \"chatbit\") { kind } }");
      for (int i = 0; i < 20; i++) {
        socket.start("subscribe", "s" + i, subscription);
      }
      JsonObject refused = socket.ask("s20", subscription);
      assertThat(GraphQLSocket.code(refused)).isEqualTo("TOO_MANY_SUBSCRIPTIONS");
      socket.send(new JsonObject().put("type", "complete").put("id", "s0"));
      JsonObject query = socket.ask("q", q("{ __typename }"));
      assertThat(query.getString("type")).as(query.encode()).isEqualTo("next");
    }
  }

  @Test
  void aClientHoldsAtMostTwentyConnections() throws Exception {
    List<GraphQLSocket> open = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        open.add(openOnceAllowed());
      }
      assertThatThrownBy(() -> GraphQLSocket.open(graphql))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOfSatisfying(
              WebSocketHandshakeException.class,
              e -> assertThat(e.getResponse().statusCode()).isEqualTo(429));
      open.remove(0).close();
      open.add(openOnceAllowed());
    } finally {
      for (GraphQLSocket socket : open) {
        socket.close();
      }
    }
  }

  /**
   * Opens a connection, retrying for a moment while the server still counts one just closed (by
   * this test or an earlier one): it lets the count go when the TCP connection ends.
   */
  private GraphQLSocket openOnceAllowed() throws Exception {
    for (int attempt = 0; ; attempt++) {
      try {
        return GraphQLSocket.initialised(graphql);
      } catch (ExecutionException e) {
        if (attempt == 20 || !(e.getCause() instanceof WebSocketHandshakeException)) {
          throw e;
        }
        Thread.sleep(100);
      }
    }
  }

  @Test
  void aConnectionThatNeverInitialisesIsClosedWith4408() throws Exception {
    GraphQLSocket silent = GraphQLSocket.open(graphql);
    assertThat(silent.closeCode(Duration.ofSeconds(5))).isEqualTo(4408);
  }

  @Test
  void theRegistryPingsAtTheConfiguredInterval() throws Exception {
    try (GraphQLSocket socket = GraphQLSocket.initialised(graphql)) {
      Thread.sleep(1_300);
      // %test sets 500 ms; SmallRye's own pings come every 10 s.
      assertThat(socket.pings()).isBetween(2, 3);
    }
  }

  @Test
  void aMessageOverTheLimitClosesTheConnectionWith1009() throws Exception {
    GraphQLSocket socket = GraphQLSocket.initialised(graphql);
    String part = "x".repeat(60_000); // under the frame limit, 64 KiB
    WebSocket raw = socket.socket;
    raw.sendText("{\"type\":\"subscribe\",\"id\":\"big\",\"payload\":{\"query\":\"", false).get();
    for (int i = 0; i < 5; i++) {
      raw.sendText(part, false).get(10, TimeUnit.SECONDS);
    }
    raw.sendText("\"}}", true);
    assertThat(socket.closeCode(Duration.ofSeconds(5))).isEqualTo(1009);
  }
}
