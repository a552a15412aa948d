package org.modelterms.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
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
    // A fresh bucket would answer 5 requests; the spent one refills a token a second, so a slow
    // machine may earn one or two before the 429.
    int answeredOverHttp = 0;
    while (answeredOverHttp < 3
        && given()
                .contentType("application/json")
                .header("X-Forwarded-For", address)
                .body(Map.of("query", "{ __typename }"))
                .post("/graphql")
                .statusCode()
            != 429) {
      answeredOverHttp++;
    }
    assertThat(answeredOverHttp)
        .as("the HTTP door draws on the bucket the WebSocket operations spent")
        .isLessThan(3);
  }

  @Test
  void anIpv6ClientIsCountedByItsSlash64() throws Exception {
    List<GraphQLSocket> open = new ArrayList<>();
    try {
      for (int i = 1; i <= 20; i++) {
        open.add(from("2001:db8:7:1::" + Integer.toHexString(i)));
      }
      assertThatThrownBy(() -> from("2001:db8:7:1:ffff:ffff:ffff:fffe"))
          .as("another address of the same /64 shares its count")
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOfSatisfying(
              WebSocketHandshakeException.class,
              e -> assertThat(e.getResponse().statusCode()).isEqualTo(429));
      open.add(from("2001:db8:7:2::1"));
    } finally {
      for (GraphQLSocket socket : open) {
        socket.close();
      }
    }
  }

  private GraphQLSocket from(String address) throws Exception {
    return GraphQLSocket.open(
        GraphQLSocket.webSocketUri(endpoint),
        "graphql-transport-ws",
        Map.of("X-Forwarded-For", address));
  }
}
