package org.modelterms.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.modelterms.embedded.EmbeddedDatabase;

/**
 * The PostgreSQL every test runs against: the server named by {@code QUARKUS_DATASOURCE_JDBC_URL}
 * when it is set, else a throwaway embedded server in a temporary directory.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

  private static EmbeddedDatabase embedded;

  /** The embedded server, for tests that stop and start it; null when an external one is used. */
  public static EmbeddedDatabase embedded() {
    return embedded;
  }

  @Override
  public Map<String, String> start() {
    String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
    if (external != null && !external.isBlank()) {
      return Map.of();
    }
    try {
      embedded =
          EmbeddedDatabase.start(
              Files.createTempDirectory("modelterms-test-pg"),
              0,
              EmbeddedDatabase.Durability.THROWAWAY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "quarkus.datasource.jdbc.url",
        embedded.jdbcUrl(),
        "quarkus.datasource.username",
        EmbeddedDatabase.USER,
        "quarkus.datasource.password",
        "");
  }

  @Override
  public void stop() {
    if (embedded != null) {
      embedded.stop();
      embedded = null;
    }
  }
}
