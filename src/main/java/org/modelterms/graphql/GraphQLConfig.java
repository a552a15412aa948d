package org.modelterms.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * What one GraphQL request may cost beyond SmallRye's own limits, and whether the schema is shown:
 * {@code modelterms.graphql.*}, checked by {@link GraphQLFrontDoor}.
 */
@ConfigMapping(prefix = "modelterms.graphql")
public interface GraphQLConfig {

  /**
   * Most aliases in one document (graphql-armor's default); raise it for clients that ask many
   * questions in one request, lower it to make asking for the same costly field many times harder.
   */
  @WithDefault("15")
  int maxAliases();

  /** Most directives in one document; a guard against documents padded with directives. */
  @WithDefault("50")
  int maxDirectives();

  /**
   * Most operations one document may hold (one runs, chosen by {@code operationName}); raise it for
   * clients that send a whole file of operations.
   */
  @WithDefault("5")
  int maxOperations();

  /**
   * Most an operation may cost, counted in the objects it may return ({@link QueryCost}); the
   * default is chosen in docs/reliability.md. Raise it for trusted clients that read whole pages of
   * verdicts in one request, lower it to keep the slowest allowed request shorter.
   */
  @WithDefault("7500")
  long maxCost();

  /**
   * Whether introspection answers and {@code /graphql/schema.graphql} is served; production may
   * turn it off to hide the schema.
   */
  @WithDefault("true")
  boolean introspection();

  /**
   * Whether the GraphQL UI is served; production may remove it. Applied by Quarkus through
   * application.properties.
   */
  @WithDefault("true")
  boolean ui();

  /**
   * How long a client may take to send the body of a POST; then it is answered 408 {@code
   * REQUEST_TIMEOUT} and its connection closed, so that a body sent a byte at a time cannot hold a
   * connection for long.
   */
  @WithDefault("10S")
  Duration bodyTimeout();
}
