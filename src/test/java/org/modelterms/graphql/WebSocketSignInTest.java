package org.modelterms.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.access.LocalAccountProfile;
import org.modelterms.testing.TestIdentities;

/**
 * Wrong passwords sent in {@code connection_init} count as failed sign-ins, as over HTTP: after the
 * allowed failures the address is locked out and its next sign-in is closed with 4429 before any
 * password is checked, while another address still signs in.
 */
@QuarkusTest
@TestProfile(LocalAccountProfile.class)
class WebSocketSignInTest {

  @TestHTTPResource("/graphql")
  URI endpoint;

  private int signIn(String address, String password) throws Exception {
    try (GraphQLSocket socket =
        GraphQLSocket.open(
            GraphQLSocket.webSocketUri(endpoint),
            "graphql-transport-ws",
            Map.of("X-Forwarded-For", address))) {
      socket.send(
          new JsonObject()
              .put("type", "connection_init")
              .put(
                  "payload",
                  new JsonObject().put("Authorization", TestIdentities.localBasic(password))));
      if (password.equals(TestIdentities.LOCAL_PASSWORD)) {
        JsonObject answer = socket.poll(Duration.ofSeconds(5));
        return answer != null && "connection_ack".equals(answer.getString("type")) ? 0 : -1;
      }
      // Waits for the close alone, so the attempts follow each other within the lockout.
      return socket.closeCode(Duration.ofSeconds(5));
    }
  }

  @Test
  void wrongPasswordsInConnectionInitLockTheAddressOut() throws Exception {
    String guesser = "203.0.113.70";
    for (int i = 0; i < LocalAccountProfile.MAX_FAILURES_PER_ADDRESS; i++) {
      assertThat(signIn(guesser, "wrong-" + i)).as("wrong password %d", i).isEqualTo(4403);
    }
    assertThat(signIn(guesser, "wrong-again")).as("locked out, unchecked").isEqualTo(4429);
    assertThat(signIn("203.0.113.71", TestIdentities.LOCAL_PASSWORD))
        .as("another address signs in")
        .isZero();
  }
}
