package org.modelterms.permissions;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.modelterms.embedded.EmbeddedDatabase;
import org.modelterms.testing.PackagedInstances;

/** {@link TwoInstancesContract} on one PostgreSQL (the embedded one), without a replica. */
class MultiInstanceIT extends TwoInstancesContract {

  private EmbeddedDatabase database;
  private final PackagedInstances instances = new PackagedInstances("multi-instance");

  @BeforeAll
  void startTwoInstancesAtOnce() throws Exception {
    database =
        EmbeddedDatabase.start(
            Files.createTempDirectory("modelterms-it-pg"),
            0,
            EmbeddedDatabase.Durability.THROWAWAY);
    Map<String, String> env = new HashMap<>(SMALL_READER_BUCKETS);
    env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
    env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER);
    env.put("QUARKUS_DATASOURCE_PASSWORD", "");
    portA = instances.start(env);
    portB = instances.start(env);
    instances.awaitReady(portA);
    instances.awaitReady(portB);
  }

  @AfterAll
  void stop() {
    instances.close();
    if (database != null) {
      database.stop();
    }
  }

  @Override
  protected Connection primary() throws Exception {
    return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
  }
}
