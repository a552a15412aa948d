package org.modelterms.graphql;

import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * The checks every operation passes before it runs, whatever door it came through (HTTP or
 * WebSocket): the request's shape, the document's limits, validation against the schema, and the
 * scalar checks. Both doors call {@link #check} once per operation, so a check added here holds on
 * every transport.
 */
@ApplicationScoped
public class DocumentChecks {

  @Inject GraphQLServerConfig server;
  @Inject GraphQLConfig config;
  @Inject Instance<GraphQLSchema> schema;

  private DocumentLimits limits;
  private DocumentValidator validator;

  /** Documents parsed and found within the limits, which depend on nothing but the text. */
  private final DocumentMemory<Document> withinLimits = new DocumentMemory<>();

  /**
   * What the checks found: the document when it may run, or the errors to answer with (each with a
   * stable {@code extensions.code}) and, for a request that is not a GraphQL request at all, {@code
   * malformed} (HTTP answers those with 400). An operation that may run carries its {@code cost}
   * ({@link QueryCost}), which the caller's rate limit spends.
   */
  public record Outcome(Document document, JsonArray errors, boolean malformed, long cost) {

    static Outcome refusal(String code, String message) {
      return refusal(DocumentChecks.error(code, message));
    }

    static Outcome refusal(JsonArray errors) {
      return new Outcome(null, errors, false, 0);
    }

    static Outcome malformed(String message) {
      return new Outcome(null, DocumentChecks.error("BAD_REQUEST", message), true, 0);
    }

    public boolean refused() {
      return errors != null && !errors.isEmpty();
    }
  }

  @PostConstruct
  void build() {
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
  }

  /**
   * Checks a request given as JSON ({@code query}, {@code operationName}, {@code variables}), as a
   * POST body or a WebSocket {@code subscribe} payload carries it.
   */
  public Outcome check(JsonObject request) {
    Object query = request.getValue("query");
    Object operationName = request.getValue("operationName");
    Object variables = request.getValue("variables");
    if (!(query instanceof String text) || text.isBlank()) {
      return Outcome.malformed("The request needs \"query\": a GraphQL document as a string.");
    }
    if (operationName != null && !(operationName instanceof String)) {
      return Outcome.malformed("\"operationName\" must be a string.");
    }
    if (variables != null && !(variables instanceof JsonObject)) {
      return Outcome.malformed("\"variables\" must be a JSON object.");
    }
    Map<String, Object> values = variables == null ? Map.of() : ((JsonObject) variables).getMap();
    return check(text, (String) operationName, values);
  }

  /** Checks one operation of a document, with its variables. */
  public Outcome check(String query, String operationName, Map<String, Object> variables) {
    Document document = withinLimits.get(query);
    if (document == null) {
      try {
        document = limits.parse(query);
      } catch (DocumentLimits.Refused e) {
        return Outcome.refusal(e.refusal().code(), e.refusal().message());
      }
      Optional<DocumentLimits.Refusal> broken = limits.check(document);
      if (broken.isPresent()) {
        return Outcome.refusal(broken.get().code(), broken.get().message());
      }
      withinLimits.remember(query, document);
    }
    JsonArray invalid = validator.errors(query, document, operationName, variables);
    if (!invalid.isEmpty()) {
      return Outcome.refusal(invalid);
    }
    long cost = new QueryCost(schema.get()).of(document, operationName, variables);
    if (cost > config.maxCost()) {
      return Outcome.refusal("QUERY_TOO_COSTLY", tooCostly(cost, config.maxCost()));
    }
    return new Outcome(document, new JsonArray(), false, cost);
  }

  private static String tooCostly(long cost, long limit) {
    return "This operation may return "
        + cost
        + " objects (rows times the pages and lists above them); at most "
        + limit
        + " are allowed. Ask for smaller pages (`first`), fewer aliases or fewer models per report.";
  }

  /** One GraphQL error with a stable code, as every door answers a refusal. */
  static JsonArray error(String code, String message) {
    return new JsonArray()
        .add(
            new JsonObject()
                .put("message", message)
                .put("extensions", new JsonObject().put("code", code)));
  }
}
