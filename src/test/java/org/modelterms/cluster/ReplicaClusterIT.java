package org.modelterms.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.modelterms.permissions.TwoInstancesContract;
import org.modelterms.testing.DebianPostgres;
import org.modelterms.testing.GraphQLClient;
import org.modelterms.testing.PackagedInstances;
import org.modelterms.testing.ReplicaRouting;

/**
 * {@link TwoInstancesContract} on real replication: a PostgreSQL primary and a streaming replica
 * (Debian's server package, pg_basebackup) on loopback, shared by two packaged instances that read
 * from the replica. Also: reads really go to the replica, stay fresh while it lags, keep working
 * while it is down, and a pg_dump / pg_restore round trip keeps every record and its history.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaClusterIT extends TwoInstancesContract {

  private static final String DATABASE = "modelterms";
  private static final String READ_NAME = "query($m: String!) { model(slug: $m) { description } }";
  private static final String WRITE_NAME =
      "mutation($m: String!, $d: String!) { modelUpdate(input: {model: $m, description: $d})"
          + " { model { description } userErrors { code } } }";

  private final PackagedInstances instances = new PackagedInstances("replica-cluster");
  private Path root;
  private DebianPostgres primary;
  private DebianPostgres replica;

  @BeforeAll
  void startPrimaryReplicaAndTwoInstances() throws Exception {
    Optional<Path> bin = DebianPostgres.binaries();
    assumeTrue(
        bin.isPresent(),
        "Debian's PostgreSQL server package is not installed (apt-get install postgresql-15);"
            + " .ci/run installs it");
    root = Files.createTempDirectory("modelterms-replication");
    primary = DebianPostgres.primary(bin.get(), root);
    try (Connection c = owner(primary, "postgres");
        Statement s = c.createStatement()) {
      s.execute("create role modelterms login password 'modelterms'");
      s.execute("create database modelterms owner modelterms");
    }
    replica = primary.replica(root);
    Map<String, String> env = new LinkedHashMap<>(SMALL_READER_BUCKETS);
    env.put("QUARKUS_DATASOURCE_JDBC_URL", primary.jdbcUrl(DATABASE));
    env.put("QUARKUS_DATASOURCE_USERNAME", "modelterms");
    env.put("QUARKUS_DATASOURCE_PASSWORD", "modelterms");
    env.put("MODELTERMS_REPLICA_ENABLED", "true");
    env.put("QUARKUS_DATASOURCE_REPLICA_JDBC_URL", replica.jdbcUrl(DATABASE));
    env.put("QUARKUS_DATASOURCE_REPLICA_USERNAME", "modelterms");
    env.put("QUARKUS_DATASOURCE_REPLICA_PASSWORD", "modelterms");
    env.put("MODELTERMS_REPLICA_MAX_LAG", "1S");
    env.put("MODELTERMS_REPLICA_CHECK_INTERVAL", "100ms");
    portA = instances.start(env);
    portB = instances.start(env);
    instances.awaitReady(portA);
    instances.awaitReady(portB);
  }

  @AfterAll
  void stopEverything() {
    instances.close();
    if (replica != null) {
      replica.stop();
    }
    if (primary != null) {
      primary.stop();
    }
  }

  @Override
  protected Connection primary() throws Exception {
    return owner(primary, DATABASE);
  }

  @Test
  @Order(1)
  void theReplicaHoldsWhatThePrimaryHolds() throws Exception {
    awaitReplicaInUse(portB);
    try (Connection c = owner(replica, DATABASE);
        Statement s = c.createStatement()) {
      ResultSet recovery = s.executeQuery("select pg_is_in_recovery()");
      recovery.next();
      assertThat(recovery.getBoolean(1)).as("a standby").isTrue();
      ResultSet models = s.executeQuery("select count(*) from model");
      models.next();
      assertThat(models.getInt(1)).isEqualTo(38);
    }
  }

  @Test
  @Order(2)
  void readsAreAnsweredByTheReplica() throws Exception {
    awaitReplicaInUse(portA);
    double replicaBefore = sessions(portA, "replica");
    double primaryBefore = sessions(portA, "primary");
    RestAssured.port = portA;
    for (int i = 0; i < 20; i++) {
      GraphQLClient.query("{ models(first: 5) { edges { node { slug license { spdxId } } } } }");
    }
    assertThat(sessions(portA, "replica") - replicaBefore).isGreaterThanOrEqualTo(20);
    assertThat(sessions(portA, "primary") - primaryBefore).isZero();
  }

  @Test
  @Order(3)
  void everyWriteThroughAIsReadOnBAtOnce() {
    String model = anyModel();
    for (int i = 0; i < 15; i++) {
      String description = "Written through A, round " + i;
      write(model, description);
      RestAssured.port = portB;
      assertThat(description(model)).isEqualTo(description);
    }
  }

  @Test
  @Order(4)
  void whileTheReplicaLagsReadsStayFreshAndThenGoToThePrimary() throws Exception {
    String model = anyModel();
    write(model, "Before the replica paused");
    try (Connection c = owner(replica, DATABASE);
        Statement s = c.createStatement()) {
      s.execute("select pg_wal_replay_pause()");
      try {
        // A change the registry does not know of: only the replica's answer can be the old one.
        try (Connection p = primary();
            Statement update = p.createStatement()) {
          update.executeUpdate(
              "update model set description = 'Changed behind the registry' where slug = '"
                  + model
                  + "'");
        }
        RestAssured.port = portB;
        assertThat(description(model))
            .as("read on the replica")
            .isEqualTo("Before the replica paused");

        write(model, "Written while the replica is paused");
        assertThat(description(model))
            .as("the fence")
            .isEqualTo("Written while the replica is paused");
        RestAssured.port = portB;
        assertThat(description(model)).isEqualTo("Written while the replica is paused");

        Thread.sleep(1_500); // beyond MODELTERMS_REPLICA_MAX_LAG
        assertThat(replicaState(portA)).contains("reading from the primary");
        double primaryBefore = sessions(portA, "primary");
        RestAssured.port = portA;
        assertThat(description(model)).isEqualTo("Written while the replica is paused");
        assertThat(sessions(portA, "primary") - primaryBefore).isGreaterThanOrEqualTo(1);
      } finally {
        s.execute("select pg_wal_replay_resume()");
      }
    }
    awaitReplicaInUse(portA);
    awaitReplicaInUse(portB);
  }

  @Override
  protected <T> T whileReplicaIsBehind(Callable<T> writeThenRead) throws Exception {
    try (Connection c = owner(replica, DATABASE);
        Statement s = c.createStatement()) {
      s.execute("select pg_wal_replay_pause()");
      try {
        return writeThenRead.call();
      } finally {
        s.execute("select pg_wal_replay_resume()");
        awaitReplicaInUse(portA);
        awaitReplicaInUse(portB);
      }
    }
  }

  private static String description(String model) {
    return GraphQLClient.query(READ_NAME, "m", model).getString("data.model.description");
  }

  @Test
  @Order(5)
  void stoppingTheReplicaKeepsReadsAndWritesWorking() throws Exception {
    String model = anyModel();
    replica.stopAbruptly();
    try {
      for (int port : new int[] {portA, portB}) {
        RestAssured.port = port;
        for (int i = 0; i < 10; i++) {
          GraphQLClient.query("{ models(first: 3) { edges { node { slug } } } }");
        }
      }
      write(model, "Written while the replica is down");
      RestAssured.port = portB;
      assertThat(GraphQLClient.query(READ_NAME, "m", model).getString("data.model.description"))
          .isEqualTo("Written while the replica is down");
      assertThat(replicaState(portB)).startsWith("down");
    } finally {
      replica.start();
    }
    awaitReplicaInUse(portA);
    awaitReplicaInUse(portB);
  }

  @Test
  @Order(6)
  void aBackupRestoresEveryRecordAndItsHistory() throws Exception {
    write(anyModel(), "Written before the backup");
    Path dump = root.resolve("modelterms.dump");
    primary.client("pg_dump", "-Fc", "-f", dump.toString(), DATABASE);
    try (Connection c = owner(primary, "postgres");
        Statement s = c.createStatement()) {
      s.execute("create database restored owner modelterms");
    }
    primary.client("pg_restore", "--exit-on-error", "-d", "restored", dump.toString());
    Map<String, String> original = fingerprints(DATABASE);
    assertThat(original).containsKeys("model", "history", "flyway_schema_history");
    assertThat(fingerprints("restored")).isEqualTo(original);
  }

  /**
   * Each table's row count and a digest of its rows, for every table of the registry but the
   * rate-limit buckets, which are deleted as they refill and so may change between dump and check.
   */
  private Map<String, String> fingerprints(String database) throws Exception {
    Map<String, String> tables = new java.util.TreeMap<>();
    try (Connection c = owner(primary, database);
        Statement s = c.createStatement()) {
      ResultSet names =
          s.executeQuery(
              "select tablename from pg_tables where schemaname = 'public'"
                  + " and tablename <> 'rate_limit_bucket' order by tablename");
      java.util.List<String> list = new java.util.ArrayList<>();
      while (names.next()) {
        list.add(names.getString(1));
      }
      for (String table : list) {
        ResultSet rows =
            s.executeQuery(
                "select count(*), md5(coalesce(string_agg(t::text, '|' order by t::text), ''))"
                    + " from \""
                    + table
                    + "\" t");
        rows.next();
        tables.put(table, rows.getLong(1) + " rows, " + rows.getString(2));
      }
    }
    return tables;
  }

  private void write(String model, String description) {
    RestAssured.port = portA;
    JsonPath written = GraphQLClient.query(WRITE_NAME, "m", model, "d", description);
    assertThat(written.getList("data.modelUpdate.userErrors")).isEmpty();
  }

  private String anyModel() {
    try (Connection c = primary();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select slug from model order by slug limit 1")) {
      rs.next();
      return rs.getString(1);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void awaitReplicaInUse(int port) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!replicaState(port).startsWith("up")) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("replica not in use on " + port + ": " + replicaState(port));
      }
      Thread.sleep(100);
    }
  }

  private static String replicaState(int port) {
    return ReplicaRouting.state(port);
  }

  private static double sessions(int port, String database) {
    return ReplicaRouting.sessions(port, database);
  }

  private static Connection owner(DebianPostgres server, String database) throws Exception {
    return DriverManager.getConnection(server.jdbcUrl(database), "postgres", "");
  }
}
