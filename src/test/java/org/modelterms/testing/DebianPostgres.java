package org.modelterms.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server from Debian's packages (postgresql-NN), for tests of real replication: a
 * primary made with initdb, and streaming replicas cloned from it with pg_basebackup. Servers run
 * as the postgres user when the tests run as root (PostgreSQL refuses root), listen on loopback and
 * trust loopback connections, and log to the data directory's server.log.
 */
public final class DebianPostgres {

  private static final Path PACKAGES = Path.of("/usr/lib/postgresql");

  private final Path bin;
  private final Path data;
  private final int port;

  private DebianPostgres(Path bin, Path data, int port) {
    this.bin = bin;
    this.data = data;
    this.port = port;
  }

  /** The newest installed server's programs, if Debian's server package is installed. */
  public static Optional<Path> binaries() throws IOException {
    if (!Files.isDirectory(PACKAGES)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(PACKAGES)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("pg_basebackup")))
          .filter(b -> Files.isExecutable(b.resolve("postgres")))
          .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())));
    }
  }

  /** A new primary, ready for streaming replicas, started. */
  public static DebianPostgres primary(Path bin, Path root) throws Exception {
    DebianPostgres server =
        new DebianPostgres(
            bin, ownedDirectory(root.resolve("primary")), PackagedInstances.freePort());
    server.run(
        "initdb", "-D", server.data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8");
    Files.writeString(
        server.data.resolve("postgresql.auto.conf"),
        server.settings() + "wal_level = replica\nmax_wal_senders = 5\nwal_keep_size = '64MB'\n",
        java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(
        server.data.resolve("pg_hba.conf"),
        "host all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n");
    server.start();
    return server;
  }

  /** A streaming replica of this primary, cloned with pg_basebackup, started. */
  public DebianPostgres replica(Path root) throws Exception {
    DebianPostgres replica =
        new DebianPostgres(bin, root.resolve("replica"), PackagedInstances.freePort());
    Files.createDirectories(root);
    chown(root);
    run(
        "pg_basebackup",
        "-h",
        "127.0.0.1",
        "-p",
        String.valueOf(port),
        "-U",
        "postgres",
        "-D",
        replica.data.toString(),
        "-R",
        "-X",
        "stream",
        "-c",
        "fast");
    Files.writeString(
        replica.data.resolve("postgresql.auto.conf"),
        replica.settings() + "hot_standby = on\nhot_standby_feedback = on\n",
        java.nio.file.StandardOpenOption.APPEND);
    replica.start();
    return replica;
  }

  private String settings() {
    return "\nport = "
        + port
        + "\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '"
        + data
        + "'\nshared_buffers = '32MB'\nmax_connections = 100\n";
  }

  public int port() {
    return port;
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public void start() throws Exception {
    run(
        "pg_ctl",
        "-D",
        data.toString(),
        "-l",
        data.resolve("server.log").toString(),
        "-w",
        "start");
  }

  /** Stops at once, as a crash or a pulled cable would. */
  public void stopAbruptly() throws Exception {
    run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
  }

  public void stop() {
    try {
      run("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
    } catch (Exception e) {
      // already stopped
    }
  }

  /** Runs a client program (pg_dump, pg_restore, psql …) against this server as its owner. */
  public String client(String program, String... arguments) throws Exception {
    List<String> all =
        new ArrayList<>(List.of("-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres"));
    all.addAll(List.of(arguments));
    return run(program, all.toArray(String[]::new));
  }

  /**
   * Runs one of the server package's programs as the database's owner; fails on a non-zero exit.
   */
  public String run(String program, String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
    return output;
  }

  private static Path ownedDirectory(Path dir) throws Exception {
    Files.createDirectories(dir);
    chown(dir.getParent());
    chown(dir);
    return dir;
  }

  private static void chown(Path dir) throws Exception {
    if ("root".equals(System.getProperty("user.name"))) {
      new ProcessBuilder("chown", "postgres:", dir.toString()).inheritIO().start().waitFor();
    }
  }
}
