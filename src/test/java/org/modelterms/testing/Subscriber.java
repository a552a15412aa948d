package org.modelterms.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A GraphQL subscription over WebSocket (graphql-transport-ws), as a front end opens one. */
public final class Subscriber implements AutoCloseable {

  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final WebSocket socket;

  private Subscriber(int port) throws Exception {
    socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .subprotocols("graphql-transport-ws")
            .buildAsync(
                URI.create("ws://localhost:" + port + "/graphql"),
                new WebSocket.Listener() {
                  private final StringBuilder partial = new StringBuilder();

                  @Override
                  public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                      received.add(partial.toString());
                      partial.setLength(0);
                    }
                    ws.request(1);
                    return null;
                  }
                })
            .get(10, TimeUnit.SECONDS);
  }

  /** Subscribes to policyChanged for a model on the instance at this port. */
  public static Subscriber policyChanges(int port, String model) throws Exception {
    Subscriber subscriber = new Subscriber(port);
    subscriber.socket.sendText("{\"type\":\"connection_init\"}", true).get();
    assertThat(subscriber.next(Duration.ofSeconds(10))).contains("connection_ack");
    subscriber
        .socket
        .sendText(
            "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                + "\"subscription { policyChanged(model: \\\""
                + model
                + "\\\") { kind document } }\"}}",
            true)
        .get();
    Thread.sleep(500); // the subscription is registered asynchronously
    return subscriber;
  }

  /** The next message, or null when none came in time. */
  public String next(Duration wait) throws InterruptedException {
    return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
  }
}
