package org.modelterms.graphql;

import graphql.introspection.Introspection;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Checks every GraphQL request before SmallRye GraphQL sees it, so that a request too costly or
 * malformed is refused cheaply, with a stable {@code extensions.code} and the HTTP status that
 * GraphQL over HTTP asks for: 400 for a body that is not a GraphQL request, 415 for another media
 * type, 405 for a write over GET, and 200 (or 400 for {@code application/graphql-response+json})
 * for a well-formed request whose document breaks a limit. A request it accepts then spends its
 * caller's rate limit ({@link RateLimitGate}, 429 when spent).
 */
@ApplicationScoped
public class GraphQLFrontDoor {

  private static final String RESPONSE_JSON = "application/graphql-response+json";

  /**
   * Where an admitted request's cost ({@link QueryCost}, a {@code Long}) is left on the {@link
   * RoutingContext} for the rate limit to spend.
   */
  static final String COST = RateLimitGate.COST_KEY;

  @Inject GraphQLServerConfig server;
  @Inject GraphQLConfig config;
  @Inject DocumentChecks checks;
  @Inject WebSocketDoor webSocketDoor;
  @Inject RateLimitGate rateLimit;

  void register(@Observes Router router) {
    // Also stop graphql-java itself, should a document reach it another way (a subscription).
    Introspection.enabledJvmWide(config.introspection());
    String rootPath = server.rootPath();
    if (!config.introspection()) {
      router
          .route(HttpMethod.GET, rootPath + "/schema.graphql")
          .order(-100)
          .handler(
              ctx ->
                  refuse(
                      ctx,
                      new Refusal(
                          404,
                          "INTROSPECTION_DISABLED",
                          "This registry does not publish its schema.")));
    }
    // Before SmallRye's own WebSocket handler (order -99), which would run operations unchecked.
    router.route(HttpMethod.GET, rootPath).order(-101).handler(webSocketDoor::upgrade);
    router.route(HttpMethod.GET, rootPath).order(-100).handler(this::checkGet);
    // SmallRye's own body handler sees the body as read and passes it on.
    router
        .route(HttpMethod.POST, rootPath)
        .order(-100)
        .handler(BodyHandler.create().setBodyLimit(server.maxBodyBytes()));
    router.route(HttpMethod.POST, rootPath).order(-99).handler(this::checkPost);
  }

  private void checkGet(RoutingContext ctx) {
    String query = ctx.request().getParam("query");
    if (query == null) {
      ctx.next(); // a request SmallRye answers itself
      return;
    }
    String operationName = ctx.request().getParam("operationName");
    DocumentChecks.Outcome outcome = checks.check(query, operationName, getVariables(ctx));
    if (!outcome.refused() && isWrite(outcome.document(), operationName)) {
      refuse(
          ctx,
          new Refusal(
              405, "METHOD_NOT_ALLOWED", "Mutations and subscriptions are sent with POST."));
      return;
    }
    proceedUnless(ctx, outcome);
  }

  private void checkPost(RoutingContext ctx) {
    BodyDeadline.stop(ctx);
    String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
    String mediaType = type == null ? "" : type.split(";")[0].strip().toLowerCase();
    if (mediaType.equals("application/graphql")) {
      // A bare document: the same limits as any other, with no variables.
      Buffer document = ctx.body().buffer();
      proceedUnless(
          ctx,
          checks.check(
              document == null ? "" : document.toString(),
              ctx.request().getParam("operationName"),
              Map.of()));
      return;
    }
    if (!mediaType.equals("application/json")) {
      refuse(
          ctx,
          new Refusal(
              415,
              "UNSUPPORTED_MEDIA_TYPE",
              "Send GraphQL requests as application/json (or a bare document as"
                  + " application/graphql)."));
      return;
    }
    Object body;
    try {
      Buffer buffer = ctx.body().buffer();
      body = buffer == null ? null : Json.decodeValue(buffer);
    } catch (DecodeException e) {
      body = null;
    }
    if (body instanceof JsonArray batch) {
      refuse(
          ctx,
          new Refusal(
              400,
              "BATCHING_NOT_SUPPORTED",
              "Send one operation per request (a batch of "
                  + batch.size()
                  + " was sent); use aliases to ask several questions at once."));
      return;
    }
    if (!(body instanceof JsonObject request)) {
      refuse(ctx, badRequest("The body is not a JSON object of a GraphQL request."));
      return;
    }
    proceedUnless(ctx, checks.check(request));
  }

  private void proceedUnless(RoutingContext ctx, DocumentChecks.Outcome outcome) {
    if (outcome.refused()) {
      refuse(ctx, new Refusal(outcome.malformed() ? 400 : 200, outcome.errors()));
      return;
    }
    ctx.put(COST, outcome.cost());
    rateLimit
        .spend(ctx)
        .onSuccess(
            spent -> {
              if (spent.isPresent()) {
                refuse(ctx, spent.get());
              } else {
                ctx.next();
              }
            });
  }

  private static Map<String, Object> getVariables(RoutingContext ctx) {
    String variables = ctx.request().getParam("variables");
    try {
      return variables == null || variables.isBlank()
          ? Map.of()
          : new JsonObject(variables).getMap();
    } catch (RuntimeException e) {
      return Map.of(); // SmallRye reports malformed variables of a GET
    }
  }

  /**
   * Whether the operation that would run is not a query. A GET is a simple cross-site request that
   * browsers, link previews and caches send freely, so a mutation over GET would be one URL away
   * from a forged write.
   */
  static boolean isWrite(Document document, String operationName) {
    return document.getDefinitionsOfType(OperationDefinition.class).stream()
        .filter(
            op ->
                operationName == null
                    || operationName.isBlank()
                    || operationName.equals(op.getName()))
        .anyMatch(op -> op.getOperation() != OperationDefinition.Operation.QUERY);
  }

  private static Refusal badRequest(String message) {
    return new Refusal(400, "BAD_REQUEST", message);
  }

  private static void refuse(RoutingContext ctx, Refusal refusal) {
    String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
    boolean graphqlResponse =
        accept != null && accept.contains(RESPONSE_JSON) && !accept.contains("application/json");
    int status = refusal.status();
    if (status == 200 && graphqlResponse) {
      status = 400; // this media type reports a request error that ran nothing with 400
    }
    if (status == 405) {
      ctx.response().putHeader("Allow", "POST");
    }
    ctx.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, graphqlResponse ? RESPONSE_JSON : "application/json")
        .end(new JsonObject().put("errors", refusal.errors()).encode());
  }

  /** A refused request: HTTP status and the errors to answer with, each with a stable code. */
  record Refusal(int status, JsonArray errors) {
    Refusal(int status, String code, String message) {
      this(status, DocumentChecks.error(code, message));
    }
  }
}
