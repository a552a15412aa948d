package org.modelterms.permissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.PolicyFixtures.rule;
import static org.modelterms.testing.PolicyFixtures.version;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A client subscribed over WebSocket hears of a new version that touches its model and use. */
@QuarkusTest
class PolicyChangedSubscriptionTest {

  @TestHTTPResource("/graphql")
  URI graphql;

  private final ObjectMapper json = new ObjectMapper();

  @Inject AgroalDataSource dataSource;

  @Test
  void aSubscriberReceivesAChange() throws Exception {
    LlamaScenario s = new LlamaScenario();
    BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    URI ws = URI.create(graphql.toString().replaceFirst("^http", "ws"));
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .subprotocols("graphql-transport-ws")
            .buildAsync(ws, new Collector(received))
            .get(10, TimeUnit.SECONDS);
    socket.sendText("{\"type\":\"connection_init\"}", true).get();
    assertThat(next(received).path("type").asText()).isEqualTo("connection_ack");
    String subscribe =
        json.writeValueAsString(
            Map.of(
                "id",
                "1",
                "type",
                "subscribe",
                "payload",
                Map.of(
                    "query",
                    "subscription($m: String) { policyChanged(model: $m, use: MILITARY) { kind document models uses } }",
                    "variables",
                    Map.of("m", s.fineTune))));
    socket.sendText(subscribe, true).get();
    Thread.sleep(300); // let the subscription register before the write

    version(
        s.aup,
        "2025-04-05",
        "2025-04-05",
        List.of(rule("MILITARY", "PROHIBIT", LlamaScenario.MILITARY_QUOTE)),
        null);

    JsonNode message = next(received);
    assertThat(message.path("type").asText()).isEqualTo("next");
    JsonNode change = message.path("payload").path("data").path("policyChanged");
    assertThat(change.path("kind").asText()).isEqualTo("VERSION_PUBLISHED");
    assertThat(change.path("document").asText()).isEqualTo(s.aup);
    assertThat(json.convertValue(change.path("models"), List.class)).contains(s.model, s.fineTune);
    // This instance's own notification comes back from PostgreSQL too; it must not be sent twice.
    assertThat(received.poll(1500, TimeUnit.MILLISECONDS)).as("no echo").isNull();

    // A change committed through another instance arrives through PostgreSQL NOTIFY.
    String fromElsewhere =
        json.writeValueAsString(
            Map.of(
                "origin",
                "another-instance",
                "kind",
                "POLICY",
                "details",
                Map.of(
                    "kind",
                    "RULE_CORRECTED",
                    "document",
                    s.aup,
                    "models",
                    List.of(s.model, s.fineTune),
                    "uses",
                    List.of("MILITARY"),
                    "recordedAt",
                    "2026-11-27T10:00:00Z")));
    try (Connection c = dataSource.getConnection();
        PreparedStatement notify =
            c.prepareStatement("select pg_notify('modelterms_changes', ?)")) {
      notify.setString(1, fromElsewhere);
      notify.execute();
    }
    JsonNode remote = next(received).path("payload").path("data").path("policyChanged");
    assertThat(remote.path("kind").asText()).isEqualTo("RULE_CORRECTED");
    assertThat(remote.path("document").asText()).isEqualTo(s.aup);
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
  }

  private static JsonNode next(BlockingQueue<JsonNode> received) throws InterruptedException {
    JsonNode message = received.poll(10, TimeUnit.SECONDS);
    assertThat(message).as("a message within 10 s").isNotNull();
    return message;
  }

  private final class Collector implements WebSocket.Listener {
    private final BlockingQueue<JsonNode> received;
    private final StringBuilder partial = new StringBuilder();

    Collector(BlockingQueue<JsonNode> received) {
      this.received = received;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode message = json.readTree(partial.toString());
          if (!"ping".equals(message.path("type").asText())) {
            received.add(message);
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        partial.setLength(0);
      }
      socket.request(1);
      return null;
    }
  }
}
