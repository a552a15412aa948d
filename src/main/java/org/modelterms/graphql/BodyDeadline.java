package org.modelterms.graphql;

import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The body of a POST to the GraphQL endpoint must arrive within {@code
 * modelterms.graphql.body-timeout}: a client that sends it a byte at a time is answered 408 and cut
 * off rather than holding a connection as long as it likes. A client that leaves before its answer
 * is not a fault of the registry, so it is logged at DEBUG, not as an error with an incident id.
 */
@ApplicationScoped
public class BodyDeadline {

  private static final Logger LOG = Logger.getLogger(BodyDeadline.class);
  private static final String TIMER = BodyDeadline.class.getName();

  @Inject GraphQLServerConfig server;
  @Inject GraphQLConfig config;

  void register(@Observes Router router) {
    String rootPath = server.rootPath();
    router.route(rootPath).order(-103).failureHandler(BodyDeadline::quietWhenClientLeft);
    router.route(HttpMethod.POST, rootPath).order(-102).handler(this::startClock);
  }

  private void startClock(RoutingContext ctx) {
    if (ctx.request().isEnded()) {
      ctx.next();
      return;
    }
    long timer =
        ctx.vertx()
            .setTimer(
                config.bodyTimeout().toMillis(),
                id -> {
                  if (!ctx.request().isEnded() && !ctx.response().ended()) {
                    cutOff(ctx);
                  }
                });
    ctx.put(TIMER, timer);
    // The timer holds the whole request, so it goes as soon as the body is in (the front door
    // stops it) or the request fails (the failure handler below), not when the response ends:
    // SmallRye replaces the response's end handler, so that would be never.
    ctx.next();
  }

  /** Stops the clock of a request whose body has arrived (or that will never get one). */
  static void stop(RoutingContext ctx) {
    Long timer = ctx.remove(TIMER);
    if (timer != null) {
      ctx.vertx().cancelTimer(timer);
    }
  }

  private void cutOff(RoutingContext ctx) {
    LOG.debugf(
        "Cut off %s: its request body took longer than %s",
        ctx.request().remoteAddress(), config.bodyTimeout());
    ctx.response()
        .setStatusCode(408)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(
            new JsonObject()
                .put(
                    "errors",
                    DocumentChecks.error(
                        "REQUEST_TIMEOUT",
                        "The request body did not arrive within "
                            + config.bodyTimeout().toSeconds()
                            + " s; send it whole."))
                .encode())
        .onComplete(sent -> ctx.request().connection().close());
  }

  private static void quietWhenClientLeft(RoutingContext ctx) {
    stop(ctx);
    if (ctx.failure() instanceof HttpClosedException || ctx.response().closed()) {
      LOG.debugf("The client of %s left before its answer", ctx.request().path());
      return;
    }
    ctx.next();
  }
}
