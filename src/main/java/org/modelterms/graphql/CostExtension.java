package org.modelterms.graphql;

import graphql.ExecutionInput;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.spi.EventingService;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reports in every answer what its operation cost and what one may cost: {@code "extensions":
 * {"cost": {"requested": 1201, "limit": 7500}}}, so a client learns how near the limit it asks
 * before it is refused. Counted by SmallRye's execution itself, so an answer over any transport
 * carries it. Registered through {@code META-INF/services}.
 */
public class CostExtension implements EventingService {

  static final String KEY = "cost";

  @Override
  public String getConfigKey() {
    return null; // always on
  }

  @Override
  public void beforeExecute(Context context) {
    Document document = context.unwrap(Document.class);
    ExecutionInput input = context.unwrap(ExecutionInput.class);
    if (!(context instanceof SmallRyeContext answer) || document == null || input == null) {
      return; // not parsed: the answer is an error that ran nothing
    }
    GraphQLSchema schema = Arc.container().instance(GraphQLSchema.class).get();
    long limit = Arc.container().instance(GraphQLConfig.class).get().maxCost();
    long requested =
        new QueryCost(schema)
            .of(document, context.getOperationName().orElse(null), input.getVariables());
    Map<String, Object> cost = new LinkedHashMap<>();
    cost.put("requested", requested);
    cost.put("limit", limit);
    answer.addExtension(KEY, cost);
  }
}
