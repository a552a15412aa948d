package org.modelterms.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * What one GraphQL-over-WebSocket client may hold open: {@code modelterms.websocket.*}, enforced by
 * {@link WebSocketDoor}. The largest message is Quarkus' own setting ({@code
 * quarkus.http.websocket-server.max-message-size}).
 */
@ConfigMapping(prefix = "modelterms.websocket")
public interface WebSocketConfig {

  /**
   * Operations one connection may have in flight at once (subscriptions, and queries not yet
   * answered); each subscription holds a listener until it completes.
   */
  @WithDefault("20")
  int maxSubscriptions();

  /**
   * Open connections one client may hold, counted by address (IPv6 by its /64); behind a reverse
   * proxy, turn on {@code quarkus.http.proxy.proxy-address-forwarding} so that the proxy's address
   * is not everyone's.
   */
  @WithDefault("20")
  int maxConnectionsPerClient();

  /**
   * How long a new connection may wait before sending {@code connection_init}; then it is closed
   * with 4408, as graphql-transport-ws asks, so idle sockets do not pile up.
   */
  @WithDefault("3S")
  Duration initTimeout();

  /** How often the registry pings each connection, so that proxies keep idle connections open. */
  @WithDefault("10S")
  Duration keepAlive();
}
