package org.modelterms.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
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
    if (isClassArchiveTraining()) {
      return Optional.of(startForTraining());
    }
    Path dataDir =
        setting(DATA_DIR)
            .map(Path::of)
            .orElse(Path.of(System.getProperty("user.home"), ".modelterms", "postgres"));
    int port = setting(PORT).map(Integer::parseInt).orElse(0);
    LOG.infof(
        "No datasource configured: starting the embedded PostgreSQL with data in %s", dataDir);
    EmbeddedDatabase database =
        EmbeddedDatabase.startInBackground(dataDir, port, EmbeddedDatabase.Durability.DURABLE);
    use(database, () -> {});
    return Optional.of(database);
  }

  /**
   * The build starts the packaged registry once to record the classes it loads (Quarkus' AppCDS
   * archive, see docs/benchmarks.md). That start must leave nothing behind: it runs on a throwaway
   * database in a temporary directory, on any free HTTP port, without the curated dataset.
   */
  static boolean isClassArchiveTraining() {
    return Boolean.getBoolean("quarkus.appcds.generate");
  }

  private static EmbeddedDatabase startForTraining() {
    try {
      // Beside the build's output (target/quarkus-app/app/modelterms.jar -> target/), emptied
      // first: the process that records the archive ends without running shutdown hooks.
      Path jar =
          Path.of(
              EmbeddedDefault.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path dataDir = jar.getParent().getParent().getParent().resolve("appcds-training-postgres");
      deleteTree(dataDir);
      EmbeddedDatabase database =
          EmbeddedDatabase.start(dataDir, 0, EmbeddedDatabase.Durability.THROWAWAY);
      System.setProperty("quarkus.http.port", "0");
      System.setProperty("modelterms.dataset.load-at-start", "false");
      System.setProperty("modelterms.auth.local-account.password", "class-archive-training");
      use(database, () -> deleteTree(dataDir));
      return database;
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void use(EmbeddedDatabase database, Runnable afterStop) {
    System.setProperty(JDBC_URL, database.jdbcUrl());
    System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  database.stop();
                  afterStop.run();
                },
                "embedded-postgres-stop"));
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.debugf("Could not delete %s: %s", root, e.getMessage());
    }
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
