package org.modelterms.graphql;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The two GraphQL-over-WebSocket subprotocols SmallRye serves, as far as the door needs to read
 * them: which message starts an operation, which stops one, how the server pings and how it refuses
 * an operation.
 */
enum WebSocketProtocol {
  /** graphql-transport-ws, the protocol of today's clients (graphql-ws 5 and later). */
  TRANSPORT_WS("graphql-transport-ws", "subscribe", "complete", "ping"),
  /** The older subscriptions-transport-ws protocol, called graphql-ws. */
  GRAPHQL_WS("graphql-ws", "start", "stop", "ka");

  final String subprotocol;
  final String start;
  final String stop;

  /** The keep-alive message, exactly as SmallRye writes it. */
  final String ping;

  WebSocketProtocol(String subprotocol, String start, String stop, String pingType) {
    this.subprotocol = subprotocol;
    this.start = start;
    this.stop = stop;
    this.ping = new JsonObject().put("type", pingType).encode();
  }

  static WebSocketProtocol named(String subprotocol) {
    for (WebSocketProtocol protocol : values()) {
      if (protocol.subprotocol.equals(subprotocol)) {
        return protocol;
      }
    }
    return null;
  }

  /**
   * The message refusing an operation: graphql-transport-ws sends every error, graphql-ws one error
   * object.
   */
  String error(String id, JsonArray errors) {
    Object payload = this == TRANSPORT_WS ? errors : errors.getJsonObject(0);
    return new JsonObject().put("id", id).put("type", "error").put("payload", payload).encode();
  }
}
