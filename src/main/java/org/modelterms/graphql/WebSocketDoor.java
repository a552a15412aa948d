package org.modelterms.graphql;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLTransportWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.smallrye.graphql.websocket.GraphQLWebsocketHandler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.modelterms.access.AuthConfig;
import org.modelterms.access.ClientAddress;
import org.modelterms.access.SignInThrottle;

/**
 * GraphQL over WebSocket, served in place of SmallRye's own handler (which runs every operation
 * unchecked): the upgrade is counted against the client's connections, and each connection's
 * messages pass through a {@link WebSocketConnection} before SmallRye's protocol handlers see them.
 * Credentials come with the upgrade request or, as Quarkus reads them, in {@code connection_init}'s
 * payload.
 */
@Singleton
@Typed(WebSocketDoor.class)
public class WebSocketDoor extends SmallRyeGraphQLAbstractHandler {

  private static final Logger LOG = Logger.getLogger(WebSocketDoor.class);

  private final WebSocketRules rules;
  private final ClientConnections connections;
  private final Optional<String> initPayloadCredentials;

  @Inject
  WebSocketDoor(
      Instance<CurrentIdentityAssociation> identities,
      CurrentVertxRequest currentRequest,
      GraphQLServerConfig server,
      WebSocketConfig config,
      DocumentChecks checks,
      AuthConfig auth,
      RateLimitGate rateLimit,
      SignInThrottle signIns) {
    super(
        identities.isResolvable() ? identities.get() : null, currentRequest, server.runBlocking());
    this.rules =
        new WebSocketRules(config, checks, !"permit".equals(auth.reads()), rateLimit, signIns);
    this.connections = new ClientConnections(config.maxConnectionsPerClient());
    this.initPayloadCredentials = server.initPayloadCredentials();
  }

  /** Takes a WebSocket upgrade of the GraphQL endpoint; passes any other request on. */
  void upgrade(RoutingContext ctx) {
    if (!ctx.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)
        || ctx.request().isEnded()) {
      ctx.next();
      return;
    }
    String address = clientAddress(ctx);
    if (!connections.tryOpen(address)) {
      int most = rules.config().maxConnectionsPerClient();
      ctx.response()
          .setStatusCode(429)
          .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
          .end(
              new JsonObject()
                  .put(
                      "errors",
                      DocumentChecks.error(
                          "TOO_MANY_CONNECTIONS",
                          "A client may hold at most "
                              + most
                              + " WebSocket connections; close one, or send several"
                              + " operations over one."))
                  .encode());
      return;
    }
    ctx.put(ClientConnections.class.getName(), address);
    try {
      handle(ctx); // activates the request context and identity, as SmallRye's handler does
    } catch (RuntimeException e) {
      connections.close(address);
      throw e;
    }
  }

  @Override
  protected void doHandle(RoutingContext ctx) {
    String address = ctx.get(ClientConnections.class.getName());
    Map<String, Object> metaData = getMetaData(ctx);
    ctx.request()
        .toWebSocket(
            upgraded -> {
              if (upgraded.failed()) {
                connections.close(address);
                LOG.debugf(upgraded.cause(), "WebSocket upgrade failed");
                return;
              }
              ServerWebSocket socket = upgraded.result();
              WebSocketProtocol protocol = WebSocketProtocol.named(socket.subProtocol());
              if (protocol == null) {
                connections.close(address);
                socket.close((short) 4406, "Subprotocol not acceptable");
                return;
              }
              new WebSocketConnection(socket, protocol, ctx, rules)
                  .serve(
                      session -> handler(protocol, session, metaData, ctx),
                      () -> connections.close(address));
            });
  }

  private GraphQLWebsocketHandler handler(
      WebSocketProtocol protocol,
      GraphQLWebSocketSession session,
      Map<String, Object> metaData,
      RoutingContext ctx) {
    return switch (protocol) {
      case TRANSPORT_WS ->
          new SmallRyeAuthGraphQLTransportWSSubprotocolHandler(
              session, metaData, ctx, this, initPayloadCredentials);
      case GRAPHQL_WS ->
          new SmallRyeAuthGraphQLWSSubprotocolHandler(
              session, metaData, ctx, this, initPayloadCredentials);
    };
  }

  private static String clientAddress(RoutingContext ctx) {
    return ClientAddress.key(
        ctx.request().remoteAddress() == null ? null : ctx.request().remoteAddress().host());
  }
}
