package org.modelterms.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.modelterms.embedded.EmbeddedDatabase;
import org.modelterms.testing.CuttableProxy;
import org.modelterms.testing.Fixtures;
import org.modelterms.testing.GraphQLClient;
import org.modelterms.testing.PostgresResource;
import org.modelterms.testing.ReplicaRouting;

/**
 * Routing inside one instance, with a "replica" that is the test database seen through a proxy (and
 * made to call itself a standby) whose cable the test cuts. The replica is checked only at start
 * (check-interval 1 h), so the cut is found by a request, which must still be answered — from the
 * primary.
 */
@QuarkusTest
@TestProfile(ReplicaFallbackTest.ThroughProxy.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaFallbackTest {

  private static final String CATALOGUE = "{ models(first: 3) { edges { node { slug } } } }";

  static CuttableProxy proxy;

  public static class ThroughProxy implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "modelterms.replica.enabled", "true",
          "modelterms.replica.check-interval", "1h",
          "quarkus.datasource.replica.username", "${quarkus.datasource.username}",
          "quarkus.datasource.replica.password", "${quarkus.datasource.password:}");
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(ProxyResource.class));
    }
  }

  /** Puts the proxy in front of the test database and names it as the replica. */
  public static class ProxyResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
      try {
        proxy = new CuttableProxy(ProxyResource::database);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String path = URI.create(primaryUrl().substring("jdbc:".length())).getPath();
      actAsStandby();
      return Map.of(
          "quarkus.datasource.replica.jdbc.url",
          "jdbc:postgresql://127.0.0.1:"
              + proxy.port()
              + path
              + "?currentSchema=replica_sim,pg_catalog,public");
    }

    /**
     * Seen through the proxy, the test database says it is a standby that has replayed everything:
     * functions of these names come first on the proxy's search path.
     */
    private static void actAsStandby() {
      try (Connection c =
              DriverManager.getConnection(
                  primaryUrl(),
                  System.getenv()
                      .getOrDefault("QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER),
                  System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", ""));
          Statement s = c.createStatement()) {
        s.execute("create schema if not exists replica_sim");
        s.execute(
            "create or replace function replica_sim.pg_is_in_recovery() returns boolean"
                + " language sql as 'select true'");
        s.execute(
            "create or replace function replica_sim.pg_last_wal_replay_lsn() returns pg_lsn"
                + " language sql as 'select pg_catalog.pg_current_wal_insert_lsn()'");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public int order() {
      return 1; // after PostgresResource, whose database it needs
    }

    private static String primaryUrl() {
      String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
      return external != null && !external.isBlank()
          ? external
          : PostgresResource.embedded().jdbcUrl();
    }

    private static InetSocketAddress database() {
      URI uri = URI.create(primaryUrl().substring("jdbc:".length()));
      return new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
    }

    @Override
    public void stop() {}
  }

  @Test
  @Order(1)
  void queriesReadTheReplicaAndMutationsThePrimary() {
    double replica = sessions("replica");
    double primary = sessions("primary");
    GraphQLClient.query(CATALOGUE);
    assertThat(sessions("replica")).isGreaterThan(replica);
    assertThat(sessions("primary")).isEqualTo(primary);

    replica = sessions("replica");
    Fixtures.organization("replica-routing-" + Fixtures.unique());
    assertThat(sessions("primary")).as("the mutation and its payload").isGreaterThan(primary);
    assertThat(sessions("replica")).as("nothing of a mutation request").isEqualTo(replica);
  }

  @Test
  @Order(2)
  void aRequestTheReplicaFailsIsAnsweredByThePrimary() throws IOException {
    proxy.cut();
    double primary = sessions("primary");
    List<String> slugs = GraphQLClient.query(CATALOGUE).getList("data.models.edges.node.slug");
    assertThat(slugs).hasSize(3);
    assertThat(sessions("primary")).isGreaterThan(primary);
    assertThat(ReplicaRouting.state(RestAssured.port)).startsWith("down");
    GraphQLClient.query(CATALOGUE);
  }

  private static double sessions(String database) {
    return ReplicaRouting.sessions(RestAssured.port, database);
  }
}
