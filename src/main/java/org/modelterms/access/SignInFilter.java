package org.modelterms.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.quarkus.security.spi.runtime.AuthenticationSuccessEvent;
import io.quarkus.security.spi.runtime.SecurityEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Refuses a Basic sign-in from a locked-out address or account before Quarkus checks the password,
 * so a flood of guesses costs no bcrypt; and tells {@link SignInThrottle} how each check ended,
 * from Quarkus' authentication events.
 */
@ApplicationScoped
public class SignInFilter {

  /** The stable code of the refusal (docs/errors.md). */
  public static final String CODE = "TOO_MANY_SIGN_IN_ATTEMPTS";

  /** After CORS (300), which must still answer a browser, and before authentication (200). */
  private static final int PRIORITY = 250;

  private static final String ATTEMPT = SignInAttempt.CONTEXT_KEY;

  @Inject SignInConfig config;
  @Inject SignInThrottle throttle;

  void register(@Observes Filters filters) {
    if (config.enabled()) {
      filters.register(this::check, PRIORITY);
    }
  }

  private void check(RoutingContext ctx) {
    Optional<SignInAttempt> attempt = SignInAttempt.of(ctx.request());
    if (attempt.isEmpty()) {
      ctx.next();
      return;
    }
    Optional<Duration> wait = throttle.lockedFor(attempt.get());
    if (wait.isPresent()) {
      refuse(ctx, wait.get());
      return;
    }
    ctx.put(ATTEMPT, attempt.get());
    ctx.next();
  }

  void onFailure(@Observes AuthenticationFailureEvent event) {
    // Only credentials found wrong count as a guess, not a fault on the way to the check.
    if (refusedCredentials(event.getAuthenticationFailure())) {
      attemptOf(event).ifPresent(throttle::failed);
    }
  }

  private static boolean refusedCredentials(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof AuthenticationFailedException) {
        return true;
      }
    }
    return false;
  }

  void onSuccess(@Observes AuthenticationSuccessEvent event) {
    attemptOf(event).ifPresent(throttle::succeeded);
  }

  private static Optional<SignInAttempt> attemptOf(SecurityEvent event) {
    Object ctx = event.getEventProperties().get(RoutingContext.class.getName());
    return ctx instanceof RoutingContext routing
        ? Optional.ofNullable(routing.<SignInAttempt>get(ATTEMPT))
        : Optional.empty();
  }

  private static void refuse(RoutingContext ctx, Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    // The body is never read; let it drain so the connection can carry the next request.
    ctx.request().resume();
    ctx.response()
        .setStatusCode(429)
        .putHeader("Retry-After", Long.toString(seconds))
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .end(
            new JsonObject()
                .put(
                    "errors",
                    new JsonArray()
                        .add(
                            new JsonObject()
                                .put(
                                    "message",
                                    "Too many failed sign-ins from this address or for this"
                                        + " account; try again in "
                                        + seconds
                                        + " s.")
                                .put("extensions", new JsonObject().put("code", CODE))))
                .encode());
  }
}
