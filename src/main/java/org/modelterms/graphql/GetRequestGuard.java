package org.modelterms.graphql;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets GET requests run queries only. A GET is a simple cross-site request that browsers, link
 * previews and caches send freely, so a mutation over GET would be one URL away from a forged
 * write; GraphQL over HTTP answers it with 405. (SmallRye GraphQL executes it otherwise.)
 */
@ApplicationScoped
public class GetRequestGuard {

  @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql")
  String rootPath;

  void register(@Observes Router router) {
    router.route(HttpMethod.GET, rootPath).order(-100).handler(this::check);
  }

  private void check(RoutingContext ctx) {
    String query = ctx.request().getParam("query");
    if (query != null && isWrite(query, ctx.request().getParam("operationName"))) {
      JsonObject error =
          new JsonObject()
              .put("message", "Mutations and subscriptions are sent with POST.")
              .put("extensions", new JsonObject().put("code", "METHOD_NOT_ALLOWED"));
      ctx.response()
          .setStatusCode(405)
          .putHeader("Allow", "POST")
          .putHeader("Content-Type", "application/json")
          .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
      return;
    }
    ctx.next();
  }

  /** Whether the operation that would run is not a query; unparsable text is left to GraphQL. */
  static boolean isWrite(String query, String operationName) {
    Document document;
    try {
      document = Parser.parse(query);
    } catch (InvalidSyntaxException e) {
      return false;
    }
    List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
    return operations.stream()
        .filter(
            op ->
                operationName == null
                    || operationName.isBlank()
                    || operationName.equals(op.getName()))
        .anyMatch(op -> op.getOperation() != OperationDefinition.Operation.QUERY);
  }
}
