package org.modelterms.boms.http;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.modelterms.ratelimit.Caller;
import org.modelterms.ratelimit.RateLimits;
import org.modelterms.ratelimit.Spend;

/**
 * What the bill-of-materials routes share: the GraphQL error envelope, so that a pipeline reads one
 * shape of error from every endpoint, and the caller's rate limit spent as GraphQL spends it.
 */
public final class HttpAnswers {

  private HttpAnswers() {}

  /** Ends the request with {@code {"errors":[{"message":…,"extensions":{"code":…}}]}}. */
  public static void fail(RoutingContext ctx, int status, String code, String message) {
    JsonObject error =
        new JsonObject()
            .put("message", message)
            .put("extensions", new JsonObject().put("code", code));
    ctx.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
  }

  /** False, with the 429 sent, when the caller's bucket cannot pay {@code cost}. */
  public static boolean spend(RateLimits limits, RoutingContext ctx, long cost) {
    if (!limits.enabled()) {
      return true;
    }
    String address =
        ctx.request().remoteAddress() == null ? null : ctx.request().remoteAddress().hostAddress();
    Spend spent =
        limits.spend(
            Caller.of(QuarkusHttpUser.getSecurityIdentityBlocking(ctx, null), address), cost);
    spent.headers().forEach(ctx.response()::putHeader);
    if (!spent.allowed()) {
      fail(
          ctx,
          429,
          "RATE_LIMITED",
          spent.refusal() + " See Retry-After and the RateLimit-* headers.");
    }
    return spent.allowed();
  }
}
