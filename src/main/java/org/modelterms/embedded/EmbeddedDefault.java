package org.modelterms.embedded;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Starts the embedded PostgreSQL when the user configured no database, and points the datasource at
 * it through system properties before Quarkus reads its configuration.
 *
 * <p>This runs before Quarkus, so it reads the few settings it needs from system properties and
 * environment variables itself (the same names Quarkus would read).
 */
final class EmbeddedDefault {

  static final String JDBC_URL = "quarkus.datasource.jdbc.url";
  static final String ENABLED = "modelterms.embedded.enabled";
  static final String DATA_DIR = "modelterms.embedded.data-dir";
  static final String PORT = "modelterms.embedded.port";

  private static final Logger LOG = Logger.getLogger(EmbeddedDefault.class);

  private EmbeddedDefault() {}

  /** Returns the started database, or empty when a datasource is configured or embedding is off. */
  static Optional<EmbeddedDatabase> startIfNoDatasource() {
    if (setting(JDBC_URL).isPresent()) {
      return Optional.empty();
    }
    if (!Boolean.parseBoolean(setting(ENABLED).orElse("true"))) {
      LOG.warn("No datasource configured and the embedded PostgreSQL is disabled");
      return Optional.empty();
    }
    Path dataDir =
        setting(DATA_DIR)
            .map(Path::of)
            .orElse(Path.of(System.getProperty("user.home"), ".modelterms", "postgres"));
    int port = setting(PORT).map(Integer::parseInt).orElse(0);
    LOG.infof(
        "No datasource configured: starting the embedded PostgreSQL with data in %s", dataDir);
    EmbeddedDatabase database =
        EmbeddedDatabase.start(dataDir, port, EmbeddedDatabase.Durability.DURABLE);
    System.setProperty(JDBC_URL, database.jdbcUrl());
    System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
    Runtime.getRuntime().addShutdownHook(new Thread(database::stop, "embedded-postgres-stop"));
    return Optional.of(database);
  }

  /** A setting from a system property, else from its environment variable (Quarkus' naming). */
  static Optional<String> setting(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
    }
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }
}
