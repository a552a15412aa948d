package org.modelterms.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A GraphQL-over-WebSocket client, as a front end opens one, that keeps what it is sent. */
final class GraphQLSocket implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final AtomicInteger pings = new AtomicInteger();
  private final String pingType;
  final WebSocket socket;

  private GraphQLSocket(URI endpoint, String subprotocol, Map<String, String> headers)
      throws Exception {
    pingType = subprotocol.equals("graphql-ws") ? "ka" : "ping";
    WebSocket.Builder builder = HTTP.newWebSocketBuilder().subprotocols(subprotocol);
    headers.forEach(builder::header);
    socket = builder.buildAsync(webSocketUri(endpoint), new Collector()).get(10, TimeUnit.SECONDS);
  }

  /** Opens a graphql-transport-ws connection, without sending connection_init. */
  static GraphQLSocket open(URI endpoint) throws Exception {
    return new GraphQLSocket(endpoint, "graphql-transport-ws", Map.of());
  }

  static GraphQLSocket open(URI endpoint, String subprotocol, Map<String, String> headers)
      throws Exception {
    return new GraphQLSocket(endpoint, subprotocol, headers);
  }

  /** Opens a graphql-transport-ws connection and waits for its connection_ack. */
  static GraphQLSocket initialised(URI endpoint) throws Exception {
    GraphQLSocket socket = open(endpoint);
    socket.init(new JsonObject());
    return socket;
  }

  static URI webSocketUri(URI endpoint) {
    return URI.create(endpoint.toString().replaceFirst("^http", "ws"));
  }

  void init(JsonObject payload) throws Exception {
    send(new JsonObject().put("type", "connection_init").put("payload", payload));
    assertThat(next().getString("type")).isEqualTo("connection_ack");
  }

  void send(JsonObject message) throws Exception {
    socket.sendText(message.encode(), true).get(10, TimeUnit.SECONDS);
  }

  /**
   * Starts an operation: {@code subscribe} (graphql-transport-ws) or {@code start} (graphql-ws).
   */
  void start(String type, String id, JsonObject request) throws Exception {
    send(new JsonObject().put("type", type).put("id", id).put("payload", request));
  }

  /**
   * Sends an operation and returns the first message about it, passing over what is left of earlier
   * operations (their "complete").
   */
  JsonObject ask(String id, JsonObject request) throws Exception {
    start("subscribe", id, request);
    JsonObject answer = next();
    while (!id.equals(answer.getString("id"))) {
      assertThat(answer.getString("type")).as(answer.encode()).isEqualTo("complete");
      answer = next();
    }
    return answer;
  }

  /** The code of the first error of an answer, whether it refused the operation or carried it. */
  static String code(JsonObject answer) {
    Object payload = answer.getValue("payload");
    JsonObject error =
        payload instanceof io.vertx.core.json.JsonArray errors
            ? errors.getJsonObject(0)
            : "error".equals(answer.getString("type"))
                ? (JsonObject) payload
                : ((JsonObject) payload).getJsonArray("errors").getJsonObject(0);
    return error.getJsonObject("extensions").getString("code");
  }

  /** The next message other than a ping, within 10 s. */
  JsonObject next() throws InterruptedException {
    JsonObject message = received.poll(10, TimeUnit.SECONDS);
    assertThat(message).as("a message within 10 s").isNotNull();
    return message;
  }

  /** The next message other than a ping, or null when none comes in this time. */
  JsonObject poll(Duration wait) throws InterruptedException {
    return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  int pings() {
    return pings.get();
  }

  /** The close code the server sent, waiting up to the given time. */
  int closeCode(Duration wait) throws Exception {
    return closed.get(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Closes and waits for the server to close too, so that it no longer counts the connection. */
  @Override
  public void close() throws Exception {
    if (!closed.isDone()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
      closed.get(5, TimeUnit.SECONDS);
    }
  }

  private final class Collector implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        JsonObject message = new JsonObject(partial.toString());
        partial.setLength(0);
        if (pingType.equals(message.getString("type"))) {
          pings.incrementAndGet();
        } else {
          received.add(message);
        }
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      closed.completeExceptionally(error);
    }
  }
}
