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
import org.modelterms.ratelimit.RateLimitedProfile;

/**
 * An operation sent over WebSocket spends its caller's rate limit as one sent over HTTP does, from
 * the same bucket, and is refused with the same code when the bucket is spent.
 */
@QuarkusTest
@TestProfile(RateLimitedProfile.class)
class WebSocketRateLimitTest {

  private static final JsonObject QUERY = new JsonObject().put("query", "{ __typename }");

  @TestHTTPResource("/graphql")
  URI endpoint;

  @Test
  void operationsOverWebSocketSpendTheSameBucketAsHttp() throws Exception {
    String address = "198.51.100.20";
    try (GraphQLSocket socket =
        GraphQLSocket.open(
            GraphQLSocket.webSocketUri(endpoint),
            "graphql-transport-ws",
            Map.of("X-Forwarded-For", address))) {
      socket.init(new JsonObject());
      String refused = null;
      int answered = 0;
      // The bucket holds 5 and refills one a second: a slow machine may earn a few more.
      for (int i = 0; i < 12 && refused == null; i++) {
        JsonObject answer = socket.ask("op" + i, QUERY);
        if ("error".equals(answer.getString("type"))) {
          refused = GraphQLSocket.code(answer);
        } else {
          assertThat(answer.getString("type")).as(answer.encode()).isEqualTo("next");
          answered++;
        }
      }
      assertThat(refused).isEqualTo("RATE_LIMITED");
      assertThat(answered).isGreaterThanOrEqualTo(5);
    }
    assertThat(
            given()
                .contentType("application/json")
                .header("X-Forwarded-For", address)
                .body(Map.of("query", "{ __typename }"))
                .post("/graphql")
                .statusCode())
        .as("the HTTP door draws on the bucket the WebSocket operations spent")
        .isEqualTo(429);
  }
}
