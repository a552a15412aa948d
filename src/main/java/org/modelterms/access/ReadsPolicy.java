package org.modelterms.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may read ({@code modelterms.auth.reads}), for the GraphQL paths: anyone, or a principal only.
 * A WebSocket upgrade is let through either way, because a browser cannot send headers with it: its
 * credentials come in {@code connection_init}, and the WebSocket door refuses each operation of an
 * anonymous connection with {@code UNAUTHENTICATED}. Anything but {@code permit} requires a
 * principal, so a misspelt value does not open the registry.
 */
@ApplicationScoped
public class ReadsPolicy implements HttpSecurityPolicy {

  @Inject AuthConfig auth;

  @Override
  public Uni<CheckResult> checkPermission(
      RoutingContext request, Uni<SecurityIdentity> identity, AuthorizationRequestContext context) {
    if ("permit".equals(auth.reads())
        || request.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
      return CheckResult.permit();
    }
    return identity.map(who -> who.isAnonymous() ? CheckResult.DENY : CheckResult.PERMIT);
  }

  @Override
  public String name() {
    return "reads";
  }
}
