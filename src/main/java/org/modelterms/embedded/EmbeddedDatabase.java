package org.modelterms.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL server run from the binaries zonky ships as a Maven artifact.
 *
 * <p>Zonky's defaults are for throwaway test databases: it starts PostgreSQL with fsync and
 * synchronous commit off. A {@link Durability#DURABLE} database turns both back on, so that a crash
 * never loses a committed write; {@link Durability#THROWAWAY} keeps zonky's fast defaults.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  /** Whether committed writes must survive a crash of the machine. */
  public enum Durability {
    DURABLE,
    THROWAWAY
  }

  public static final String USER = "postgres";
  public static final String DATABASE = "postgres";

  private final Path dataDirectory;
  private final int port;
  private final Durability durability;
  private EmbeddedPostgres server;

  private EmbeddedDatabase(Path dataDirectory, int port, Durability durability) {
    this.dataDirectory = dataDirectory;
    this.port = port;
    this.durability = durability;
  }

  /**
   * Starts a server whose data lives in {@code dataDirectory} and is kept between starts.
   *
   * @param port the port to listen on on localhost, or 0 for any free port
   */
  public static EmbeddedDatabase start(Path dataDirectory, int port, Durability durability) {
    int chosenPort = port == 0 ? freePort() : port;
    EmbeddedDatabase database = new EmbeddedDatabase(dataDirectory, chosenPort, durability);
    database.startServer();
    return database;
  }

  /**
   * Like {@link #start}, but returns at once with the port chosen while the server starts on
   * another thread: the registry's own initialisation runs meanwhile, and the schema migration, its
   * first use of the database, waits for it (see {@code quarkus.flyway.connect-retries}).
   */
  public static EmbeddedDatabase startInBackground(
      Path dataDirectory, int port, Durability durability) {
    int chosenPort = port == 0 ? freePort() : port;
    EmbeddedDatabase database = new EmbeddedDatabase(dataDirectory, chosenPort, durability);
    Thread starting = new Thread(database::startServer, "embedded-postgres-start");
    starting.setDaemon(true);
    starting.start();
    return database;
  }

  /** Starts the server again on the same data directory and port, after {@link #stop()}. */
  public synchronized void startServer() {
    if (server != null) {
      return;
    }
    try {
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPort(port);
      if (durability == Durability.DURABLE) {
        builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
      }
      server = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in " + dataDirectory, e);
    }
  }

  /** Stops the server; its data stays in the data directory. */
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
    } finally {
      server = null;
    }
  }

  public synchronized boolean isRunning() {
    return server != null;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
  }

  public int port() {
    return port;
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  @Override
  public void close() {
    stop();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port for the embedded PostgreSQL", e);
    }
  }
}
