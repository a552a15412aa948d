package org.modelterms.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.access.LockedDownProfile;
import org.modelterms.testing.TestIdentities;

/**
 * A registry that must not be read anonymously holds its WebSocket door too: credentials come with
 * the upgrade or in connection_init, and without them every operation is refused.
 */
@QuarkusTest
@TestProfile(LockedDownProfile.class)
class LockedDownWebSocketTest {

  private static final JsonObject READ = new JsonObject().put("query", "{ __typename }");

  @TestHTTPResource("/graphql")
  URI graphql;

  @Test
  void anAnonymousConnectionIsRefusedEveryRead() throws Exception {
    try (GraphQLSocket socket = GraphQLSocket.initialised(graphql)) {
      assertThat(GraphQLSocket.code(socket.ask("1", READ))).isEqualTo("UNAUTHENTICATED");
      JsonObject subscription =
          new JsonObject().put("query", "subscription { policyChanged { kind } }");
      assertThat(GraphQLSocket.code(socket.ask("2", subscription))).isEqualTo("UNAUTHENTICATED");
    }
    // HTTP answers the same read with 401, before any GraphQL runs.
    given()
        .contentType("application/json")
        .body(READ.encode())
        .when()
        .post("/graphql")
        .then()
        .statusCode(401);
  }

  @Test
  void credentialsMayComeInConnectionInit() throws Exception {
    try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
      socket.init(new JsonObject().put("Authorization", TestIdentities.bearer("rita", "reader")));
      JsonObject answer = socket.ask("1", READ);
      assertThat(answer.getString("type")).as(answer.encode()).isEqualTo("next");
    }
  }

  @Test
  void credentialsMayComeWithTheUpgrade() throws Exception {
    Map<String, String> headers =
        Map.of("Authorization", TestIdentities.localBasic(TestIdentities.LOCAL_PASSWORD));
    try (GraphQLSocket socket = GraphQLSocket.open(graphql, "graphql-transport-ws", headers)) {
      socket.init(new JsonObject());
      JsonObject answer = socket.ask("1", READ);
      assertThat(answer.getString("type")).as(answer.encode()).isEqualTo("next");
      // The introspection switch holds here too.
      JsonObject schema = new JsonObject().put("query", "{ __schema { types { name } } }");
      assertThat(GraphQLSocket.code(socket.ask("2", schema))).isEqualTo("INTROSPECTION_DISABLED");
    }
  }

  @Test
  void wrongCredentialsInConnectionInitCloseTheConnection() throws Exception {
    GraphQLSocket socket = GraphQLSocket.open(graphql);
    socket.send(
        new JsonObject()
            .put("type", "connection_init")
            .put(
                "payload",
                new JsonObject()
                    .put("Authorization", TestIdentities.localBasic("not-the-password"))));
    assertThat(socket.closeCode(java.time.Duration.ofSeconds(5))).isEqualTo(4403);
  }
}
