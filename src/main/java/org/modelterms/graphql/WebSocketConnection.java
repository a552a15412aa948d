package org.modelterms.graphql;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.smallrye.graphql.websocket.GraphQLWebsocketHandler;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.modelterms.access.SignInAttempt;

/**
 * One GraphQL-over-WebSocket connection: every message passes here on its way to SmallRye's
 * protocol handler, so that an operation meets the same checks as over HTTP and the connection
 * keeps to its limits. What SmallRye writes back passes here too, to see operations finish.
 */
final class WebSocketConnection implements GraphQLWebSocketSession {

  private static final Logger LOG = Logger.getLogger(WebSocketConnection.class);

  /** Vert.x reports a message over {@code max-message-size} with this, and keeps the socket. */
  private static final String MESSAGE_TOO_BIG = "overflow max message size";

  private final ServerWebSocket socket;
  private final WebSocketProtocol protocol;
  private final RoutingContext upgrade;
  private final WebSocketRules rules;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private GraphQLWebsocketHandler graphql;
  private boolean initialised;
  private Future<Void> handled = Future.succeededFuture();
  private long initTimer;
  private long pingTimer;

  WebSocketConnection(
      ServerWebSocket socket,
      WebSocketProtocol protocol,
      RoutingContext upgrade,
      WebSocketRules rules) {
    this.socket = socket;
    this.protocol = protocol;
    this.upgrade = upgrade;
    this.rules = rules;
  }

  /** Serves the connection with SmallRye's handler of its protocol; {@code closed} runs once. */
  void serve(Function<GraphQLWebSocketSession, GraphQLWebsocketHandler> handler, Runnable closed) {
    graphql = handler.apply(this);
    Vertx vertx = upgrade.vertx();
    initTimer =
        vertx.setTimer(
            rules.config().initTimeout().toMillis(),
            t -> {
              if (!initialised && !socket.isClosed()) {
                socket.close((short) 4408, "Connection initialisation timeout");
              }
            });
    pingTimer =
        vertx.setPeriodic(
            rules.config().keepAlive().toMillis(),
            t -> {
              if (!socket.isClosed()) {
                socket.writeTextMessage(protocol.ping);
              }
            });
    socket.closeHandler(
        v -> {
          vertx.cancelTimer(initTimer);
          vertx.cancelTimer(pingTimer);
          graphql.onClose();
          closed.run();
        });
    socket.endHandler(v -> graphql.onEnd());
    socket.exceptionHandler(this::onFailure);
    socket.textMessageHandler(this::onText);
  }

  /**
   * Messages are handled one after another, in the order they came: an operation waits for its
   * rate-limit spend, and what the client sent after it waits too.
   */
  private void onText(String text) {
    handled = handled.eventually(() -> handle(text));
  }

  private Future<Void> handle(String text) {
    JsonObject message = parse(text);
    String type = message == null ? null : string(message, "type");
    String id = message == null ? null : string(message, "id");
    if ("connection_init".equals(type)) {
      if (signInLockedOut(message)) {
        return Future.succeededFuture();
      }
      initialised = true;
    } else if (protocol.start.equals(type) && id != null && initialised && !inFlight.contains(id)) {
      DocumentChecks.Outcome outcome = check(message.getValue("payload"));
      if (outcome.refused()) {
        socket.writeTextMessage(protocol.error(id, outcome.errors()));
        return Future.succeededFuture();
      }
      inFlight.add(id);
      return spend(id, text, outcome.cost());
    } else if (protocol.stop.equals(type) && id != null) {
      inFlight.remove(id);
    }
    // Anything else, malformed messages included, SmallRye answers as its protocol says.
    graphql.onMessage(text);
    return Future.succeededFuture();
  }

  /**
   * Basic credentials in {@code connection_init} are a sign-in like any other: refused unchecked
   * while their address or account is locked out (the connection is closed with 4429); otherwise
   * left on the upgrade's routing context, with which Quarkus checks them and reports the outcome
   * to the throttle, as for a request's header.
   */
  private boolean signInLockedOut(JsonObject message) {
    Object payload = message.getValue("payload");
    Object authorization =
        payload instanceof JsonObject init ? init.getValue("Authorization") : null;
    Optional<SignInAttempt> signIn =
        SignInAttempt.of(
            authorization instanceof String value ? value : null,
            upgrade.request().remoteAddress());
    if (signIn.isEmpty()) {
      return false;
    }
    Optional<Duration> wait = rules.signIns().lockedFor(signIn.get());
    if (wait.isEmpty()) {
      upgrade.put(SignInAttempt.CONTEXT_KEY, signIn.get());
      return false;
    }
    socket.close(
        (short) 4429,
        "TOO_MANY_SIGN_IN_ATTEMPTS: retry in " + Math.max(1, wait.get().toSeconds()) + " s");
    return true;
  }

  /** Runs the operation if its caller's rate limit pays for it, as over HTTP. */
  private Future<Void> spend(String id, String text, long cost) {
    SocketAddress remote = upgrade.request().remoteAddress();
    return rules
        .rateLimit()
        .spend(upgrade.vertx(), this::identity, remote == null ? null : remote.hostAddress(), cost)
        .map(
            spent -> {
              if (spent.isPresent() && !spent.get().allowed()) {
                inFlight.remove(id);
                socket.writeTextMessage(
                    protocol.error(
                        id, DocumentChecks.error("RATE_LIMITED", spent.get().refusal())));
              } else if (!socket.isClosed()) {
                graphql.onMessage(text);
              }
              return null;
            });
  }

  private SecurityIdentity identity() {
    return upgrade.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
  }

  /** Whether the operation may run, as over HTTP, and within this connection's limits. */
  private DocumentChecks.Outcome check(Object payload) {
    if (rules.readsNeedPrincipal() && anonymous()) {
      return DocumentChecks.Outcome.refusal(
          "UNAUTHENTICATED",
          "This registry answers signed-in clients only: send credentials in the upgrade"
              + " request's Authorization header or as \"Authorization\" in connection_init's"
              + " payload.");
    }
    if (!(payload instanceof JsonObject request)) {
      return DocumentChecks.Outcome.malformed(
          "The message needs \"payload\": a JSON object of a GraphQL request.");
    }
    int most = rules.config().maxSubscriptions();
    if (inFlight.size() >= most) {
      return DocumentChecks.Outcome.refusal(
          "TOO_MANY_SUBSCRIPTIONS",
          "A connection may have at most "
              + most
              + " operations in flight; complete one, or open another connection.");
    }
    return rules.checks().check(request);
  }

  private boolean anonymous() {
    return !(upgrade.user() instanceof QuarkusHttpUser user)
        || user.getSecurityIdentity().isAnonymous();
  }

  private void onFailure(Throwable failure) {
    if (failure instanceof IllegalStateException
        && String.valueOf(failure.getMessage()).contains(MESSAGE_TOO_BIG)) {
      socket.close((short) 1009, "Message too big");
      return;
    }
    if (failure instanceof HttpClosedException) {
      // The client went away (or was closed for idling): its close handler ends its operations.
      LOG.debugf("WebSocket client %s left", socket.remoteAddress());
      return;
    }
    graphql.onThrowable(failure);
  }

  @Override
  public void sendMessage(String message) {
    if (message.equals(protocol.ping)) {
      return; // SmallRye pings every 10 s; this connection pings at the configured interval
    }
    String finished = finishedOperation(message);
    if (finished != null) {
      inFlight.remove(finished);
    }
    socket.writeTextMessage(message);
  }

  /**
   * The operation a message of SmallRye ends, if any: "complete", or "error". Results ("next",
   * "data") may be large and end nothing, so only these two are parsed.
   */
  private static String finishedOperation(String message) {
    if (!message.startsWith("{\"type\":\"complete\"") && !message.startsWith("{\"id\":")) {
      return null;
    }
    JsonObject parsed = parse(message);
    if (parsed == null) {
      return null;
    }
    String type = string(parsed, "type");
    return "complete".equals(type) || "error".equals(type) ? string(parsed, "id") : null;
  }

  @Override
  public void close(short statusCode, String reason) {
    socket.close(statusCode, reason);
  }

  @Override
  public boolean isClosed() {
    return socket.isClosed();
  }

  private static JsonObject parse(String text) {
    try {
      return new JsonObject(text);
    } catch (RuntimeException e) { // not JSON, or not an object
      return null;
    }
  }

  private static String string(JsonObject message, String key) {
    return message.getValue(key) instanceof String value ? value : null;
  }
}
