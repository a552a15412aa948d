package org.modelterms.graphql;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.EventingService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.CacheKey;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderOptions;

/**
 * Hands each parent of a batched {@code @Source} field to the field's data loader, and nothing
 * else.
 *
 * <p>SmallRye GraphQL's batch fetcher, called once per parent, also clones the request's context
 * and renders the selection below the field as JSON, fires data-fetch events and starts a timer,
 * before the loader it feeds runs once for all parents (and does the same for the call that
 * counts). For a catalogue page of 100 models that is 300 clones for the provider, licence and
 * openness fields alone, a tenth of the request's CPU. This fetcher passes the loader the same key
 * context SmallRye's does (the field's arguments, the fetching environment), so the loader, its
 * context, interceptors and transaction are unchanged; per-parent timers of {@code mp_graphql}
 * metrics are not kept (the operations' are). Installed when SmallRye builds its {@link GraphQL}
 * instance (registered through {@code META-INF/services}).
 */
public class SourceBatchFetchers implements EventingService {

  @Override
  public String getConfigKey() {
    return null; // always on
  }

  @Override
  public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
    GraphQLSchema served = Arc.container().instance(GraphQLSchema.class).get();
    Schema model = Arc.container().instance(Schema.class).get();
    GraphQLCodeRegistry registry = served.getCodeRegistry().transform(code -> install(code, model));
    return builder.schema(served.transformWithoutTypes(schema -> schema.codeRegistry(registry)));
  }

  private static void install(GraphQLCodeRegistry.Builder code, Schema model) {
    List<Type> types = new ArrayList<>(model.getTypes().values());
    types.addAll(model.getInterfaces().values());
    for (Type type : types) {
      if (type.hasBatchOperations()) {
        for (Operation operation : type.getBatchOperations().values()) {
          code.dataFetcher(
              FieldCoordinates.coordinates(type.getName(), operation.getName()),
              new SourceBatchFetcher<>(operation));
        }
      }
    }
  }

  /**
   * One batched field's fetcher. Each distinct set of argument values gets a data loader of its
   * own, made from the field's loader on first use in the request: SmallRye's loader runs a whole
   * batch with the first parent's arguments and tells loads apart by a hash of their arguments, so
   * the same field asked twice under aliases with other arguments would be answered for the first
   * alias's (docs/decisions/0011).
   */
  static final class SourceBatchFetcher<T> implements DataFetcher<CompletableFuture<T>> {

    private static final CacheKey<Object> BY_PARENT = parent -> parent;

    private final ArgumentHelper arguments;
    private final String loaderName;
    private final boolean takesArguments;

    SourceBatchFetcher(Operation operation) {
      this.arguments = new ArgumentHelper(operation.getArguments());
      this.loaderName = new BatchLoaderHelper().getName(operation);
      this.takesArguments =
          operation.getArguments().stream().anyMatch(argument -> !argument.isSourceArgument());
    }

    @Override
    public CompletableFuture<T> get(DataFetchingEnvironment environment) throws Exception {
      Map<String, Object> keyContext = new HashMap<>(4);
      keyContext.put(BatchLoaderHelper.ARGUMENTS, arguments.getArguments(environment, true));
      keyContext.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
      return loader(environment).load(environment.getSource(), keyContext);
    }

    private DataLoader<Object, T> loader(DataFetchingEnvironment environment) {
      if (!takesArguments) {
        return environment.getDataLoader(loaderName);
      }
      String name = loaderName + "#" + ArgumentValues.canonical(environment.getArguments());
      return environment
          .getDataLoaderRegistry()
          .computeIfAbsent(name, missing -> copy(environment.getDataLoader(loaderName), name));
    }

    /** The field's loader with a cache of its own, telling parents apart by equality. */
    private static DataLoader<Object, Object> copy(DataLoader<Object, Object> loader, String name) {
      DataLoaderOptions options =
          loader.getOptions().transform(builder -> builder.setCacheKeyFunction(BY_PARENT));
      return loader.transform(builder -> builder.name(name).options(options));
    }
  }
}
