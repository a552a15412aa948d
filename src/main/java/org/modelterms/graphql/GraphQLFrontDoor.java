package org.modelterms.graphql;

import graphql.introspection.Introspection;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
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
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Checks every GraphQL request before SmallRye GraphQL sees it, so that a request too costly or
 * malformed is refused cheaply, with a stable {@code extensions.code} and the HTTP status that
 * GraphQL over HTTP asks for: 400 for a body that is not a GraphQL request, 415 for another media
 * type, 405 for a write over GET, and 200 (or 400 for {@code application/graphql-response+json})
 * for a well-formed request whose document breaks a limit.
 */
@ApplicationScoped
public class GraphQLFrontDoor {

  private static final String RESPONSE_JSON = "application/graphql-response+json";

  /**
   * Where an admitted request's cost ({@link QueryCost}, a {@code Long}) is left on the {@link
   * RoutingContext} for the handlers after this one, such as a rate limit that spends it.
   */
  public static final String COST = "modelterms.cost";

  @Inject GraphQLServerConfig server;
  @Inject GraphQLConfig config;

  @Inject Instance<GraphQLSchema> schema;

  private DocumentLimits limits;

  /** Documents parsed and found within the limits, which depend on nothing but the text. */
  private final DocumentMemory<Document> withinLimits = new DocumentMemory<>();

  private DocumentValidator validator;

  void register(@Observes Router router) {
    limits =
        new DocumentLimits(
            server.maxTokens(),
            server.maxDepth(),
            server.maxFields(),
            config.maxAliases(),
            config.maxDirectives(),
            config.maxOperations(),
            config.introspection());
    validator = new DocumentValidator(() -> schema.get());
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
      ctx.next(); // a WebSocket upgrade for subscriptions, or a request SmallRye answers itself
      return;
    }
    proceedUnless(
        ctx,
        checkOperation(
            query, ctx.request().getParam("operationName"), getVariables(ctx), true, costOn(ctx)));
  }

  private void checkPost(RoutingContext ctx) {
    String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
    String mediaType = type == null ? "" : type.split(";")[0].strip().toLowerCase();
    if (mediaType.equals("application/graphql")) {
      // A bare document: the same limits as any other, with no variables.
      Buffer document = ctx.body().buffer();
      proceedUnless(
          ctx,
          checkOperation(
              document == null ? "" : document.toString(),
              ctx.request().getParam("operationName"),
              Map.of(),
              false,
              costOn(ctx)));
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
    Object query = request.getValue("query");
    Object operationName = request.getValue("operationName");
    Object variables = request.getValue("variables");
    if (!(query instanceof String text) || text.isBlank()) {
      refuse(ctx, badRequest("The request needs \"query\": a GraphQL document as a string."));
    } else if (operationName != null && !(operationName instanceof String)) {
      refuse(ctx, badRequest("\"operationName\" must be a string."));
    } else if (variables != null && !(variables instanceof JsonObject)) {
      refuse(ctx, badRequest("\"variables\" must be a JSON object."));
    } else {
      Map<String, Object> values = variables == null ? Map.of() : ((JsonObject) variables).getMap();
      proceedUnless(ctx, checkOperation(text, (String) operationName, values, false, costOn(ctx)));
    }
  }

  private static void proceedUnless(RoutingContext ctx, Optional<Refusal> refusal) {
    if (refusal.isPresent()) {
      refuse(ctx, refusal.get());
    } else {
      ctx.next();
    }
  }

  private static LongConsumer costOn(RoutingContext ctx) {
    return cost -> ctx.put(COST, cost);
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

  /** The refusal of a request, if any; the cost of an admitted one is handed to {@code costed}. */
  private Optional<Refusal> checkOperation(
      String query,
      String operationName,
      Map<String, Object> variables,
      boolean overGet,
      LongConsumer costed) {
    Document document = withinLimits.get(query);
    if (document == null) {
      try {
        document = limits.parse(query);
      } catch (DocumentLimits.Refused e) {
        return Optional.of(Refusal.ofDocument(e.refusal()));
      }
      Optional<DocumentLimits.Refusal> broken = limits.check(document);
      if (broken.isPresent()) {
        return Optional.of(Refusal.ofDocument(broken.get()));
      }
      withinLimits.remember(query, document);
    }
    JsonArray invalid = validator.errors(query, document, operationName, variables);
    if (!invalid.isEmpty()) {
      return Optional.of(new Refusal(200, invalid));
    }
    if (overGet && isWrite(document, operationName)) {
      return Optional.of(
          new Refusal(
              405, "METHOD_NOT_ALLOWED", "Mutations and subscriptions are sent with POST."));
    }
    long cost = new QueryCost(schema.get()).of(document, operationName, variables);
    if (cost > config.maxCost()) {
      return Optional.of(new Refusal(200, "QUERY_TOO_COSTLY", tooCostly(cost, config.maxCost())));
    }
    costed.accept(cost);
    return Optional.empty();
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

  private static String tooCostly(long cost, long limit) {
    return "This operation may return "
        + cost
        + " objects (rows times the pages and lists above them); at most "
        + limit
        + " are allowed. Ask for smaller pages (`first`), fewer aliases or fewer models per report.";
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
      this(
          status,
          new JsonArray()
              .add(
                  new JsonObject()
                      .put("message", message)
                      .put("extensions", new JsonObject().put("code", code))));
    }

    static Refusal ofDocument(DocumentLimits.Refusal refusal) {
      return new Refusal(200, refusal.code(), refusal.message());
    }
  }
}
