package org.modelterms.graphql;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of Quarkus and SmallRye GraphQL that the front door and the parser enforce
 * themselves. The {@code quarkus.} namespace belongs to Quarkus, whose own mappings read it, so
 * these are read as single properties, here only. The defaults are the values
 * application.properties sets (the body size: Quarkus' own); docs/configuration.md lists them.
 */
@Singleton
public class GraphQLServerConfig {

  @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql")
  String rootPath;

  @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
  MemorySize maxBody;

  @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens", defaultValue = "1000")
  int maxTokens;

  @ConfigProperty(
      name = "quarkus.smallrye-graphql.instrumentation-query-depth",
      defaultValue = "10")
  int maxDepth;

  @ConfigProperty(
      name = "quarkus.smallrye-graphql.instrumentation-query-complexity",
      defaultValue = "500")
  int maxFields;

  @ConfigProperty(name = "quarkus.smallrye-graphql.nonblocking.enabled")
  Optional<Boolean> nonBlocking;

  @ConfigProperty(name = "quarkus.smallrye-graphql.authorization-client-init-payload-name")
  Optional<String> initPayloadCredentials;

  /** Where the GraphQL endpoint is served. */
  public String rootPath() {
    return rootPath;
  }

  /** Largest request body read, in bytes. */
  public long maxBodyBytes() {
    return maxBody.asLongValue();
  }

  /** Most tokens one document may have. */
  public int maxTokens() {
    return maxTokens;
  }

  /** Deepest selection one request may make. */
  public int maxDepth() {
    return maxDepth;
  }

  /** Most fields one request may select. */
  public int maxFields() {
    return maxFields;
  }

  /** Whether every operation runs on a worker thread, as SmallRye decides it for its handlers. */
  public boolean runBlocking() {
    return nonBlocking.isPresent() && !nonBlocking.get();
  }

  /** The key of {@code connection_init}'s payload that carries an Authorization header. */
  public Optional<String> initPayloadCredentials() {
    return initPayloadCredentials;
  }
}
