package org.modelterms.graphql;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.modelterms.ratelimit.Caller;
import org.modelterms.ratelimit.RateLimits;
import org.modelterms.ratelimit.Spend;

/**
 * Spends an accepted HTTP request's cost from its caller's bucket and tells the caller what is left
 * ({@code RateLimit-*} headers); a caller whose bucket cannot pay is refused with 429 and {@code
 * Retry-After}. Behind a proxy the client's address is the one Quarkus reports, which is the
 * forwarded one only where the operator trusts the proxy's header.
 */
@ApplicationScoped
class RateLimitGate {

  /** Where the checks before this one leave the cost of the request's document. */
  static final String COST_KEY = "modelterms.cost";

  /**
   * A spend takes a millisecond or two; one that waits longer (a database that is away, a pool with
   * no connection free) lets the request through rather than hold it.
   */
  private static final long LONGEST_WAIT_MS = 1000;

  private static final Logger LOG = Logger.getLogger(RateLimitGate.class);

  @Inject RateLimits limits;

  /**
   * A refusal when the caller's bucket cannot pay for this request; otherwise nothing, with the
   * headers set. Never fails: a bucket that cannot be reached lets the request through, which then
   * meets the same trouble and reports it.
   */
  Future<Optional<GraphQLFrontDoor.Refusal>> spend(RoutingContext ctx) {
    if (!limits.enabled()) {
      return Future.succeededFuture(Optional.empty());
    }
    Object cost = ctx.get(COST_KEY);
    SocketAddress remote = ctx.request().remoteAddress();
    return spend(
            ctx.vertx(),
            () -> QuarkusHttpUser.getSecurityIdentityBlocking(ctx, null),
            remote == null ? null : remote.hostAddress(),
            cost instanceof Number n ? n.longValue() : 1)
        .map(spent -> spent.map(spend -> answer(ctx, spend)).orElse(Optional.empty()));
  }

  /**
   * Spends an operation's cost from the bucket of the caller with this identity (read on a worker
   * thread, as it may block) and address, for any door; completes on the caller's event loop. Empty
   * when nothing was counted: limits off, or the bucket not reached in time. Never fails.
   */
  Future<Optional<Spend>> spend(
      Vertx vertx, Supplier<SecurityIdentity> identity, String address, long cost) {
    if (!limits.enabled()) {
      return Future.succeededFuture(Optional.empty());
    }
    Promise<Optional<Spend>> decided = Promise.promise();
    long timer =
        vertx.setTimer(
            LONGEST_WAIT_MS,
            t -> {
              LOG.debug("A rate-limit spend took too long; the operation was not counted");
              decided.tryComplete(Optional.empty());
            });
    vertx
        .executeBlocking(() -> limits.spend(Caller.of(identity.get(), address), cost), false)
        .onComplete(
            spent -> {
              // Both this and the timer run on the caller's event loop, one after the other.
              if (decided.future().isComplete()) {
                return;
              }
              vertx.cancelTimer(timer);
              if (spent.failed()) {
                LOG.debugf("A rate-limit spend failed: %s", spent.cause().toString());
              }
              decided.complete(spent.succeeded() ? Optional.of(spent.result()) : Optional.empty());
            });
    return decided.future();
  }

  private static Optional<GraphQLFrontDoor.Refusal> answer(RoutingContext ctx, Spend spend) {
    spend.headers().forEach(ctx.response()::putHeader);
    if (spend.allowed()) {
      return Optional.empty();
    }
    return Optional.of(
        new GraphQLFrontDoor.Refusal(
            429,
            "RATE_LIMITED",
            spend.refusal() + " See Retry-After and the RateLimit-* headers."));
  }
}
