package org.modelterms.permissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.PolicyFixtures.rule;
import static org.modelterms.testing.PolicyFixtures.version;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.modelterms.embedded.EmbeddedDatabase;
import org.modelterms.testing.GraphQLClient;
import org.modelterms.testing.TestIdentities;

/**
 * Two instances of the packaged registry, started at the same moment against one empty PostgreSQL:
 * both come up, the schema is migrated and the dataset loaded once, and a write through one
 * instance is answered by the other at once.
 */
class MultiInstanceIT {

  private static EmbeddedDatabase database;
  private static final List<Process> instances = new ArrayList<>();
  private static int portA;
  private static int portB;

  @BeforeAll
  static void startTwoInstancesAtOnce() throws Exception {
    database =
        EmbeddedDatabase.start(
            Files.createTempDirectory("modelterms-it-pg"),
            0,
            EmbeddedDatabase.Durability.THROWAWAY);
    Map<String, String> identity = new TestIdentities().start();
    portA = freePort();
    portB = freePort();
    instances.add(start(portA, identity));
    instances.add(start(portB, identity));
    awaitReady(portA);
    awaitReady(portB);
  }

  @AfterAll
  static void stop() {
    instances.forEach(Process::destroy);
    if (database != null) {
      database.stop();
    }
  }

  @Test
  void theSchemaAndTheDatasetAreWrittenOnce() throws Exception {
    try (Connection c = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
        Statement s = c.createStatement()) {
      ResultSet twice =
          s.executeQuery(
              "select count(*) from (select version from flyway_schema_history"
                  + " where version is not null group by version having count(*) > 1) d");
      twice.next();
      assertThat(twice.getInt(1)).as("migrations applied twice").isZero();
      ResultSet models = s.executeQuery("select count(*) from model");
      models.next();
      assertThat(models.getInt(1)).as("curated models").isEqualTo(38);
      ResultSet accounts = s.executeQuery("select count(*) from local_account");
      accounts.next();
      assertThat(accounts.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void aWriteThroughOneInstanceIsAnsweredByTheOtherAtOnce() {
    RestAssured.port = portA;
    LlamaScenario s = new LlamaScenario();
    String ask =
        "query($m: String!) { usePermission(model: $m, use: COMMERCIAL, on: \"2025-06-01\","
            + " actor: {kind: COMPANY, country: \"FR\"}) { verdict } }";
    RestAssured.port = portB;
    String before = GraphQLClient.query(ask, "m", s.model).getString("data.usePermission.verdict");
    assertThat(GraphQLClient.query(ask, "m", s.model).getString("data.usePermission.verdict"))
        .isEqualTo(before);

    RestAssured.port = portA;
    version(
        s.licenseDoc,
        "Commercial use withdrawn",
        "2025-01-01",
        List.of(
            rule("COMMERCIAL", "PROHIBIT", "You may not use the Llama Materials commercially.")),
        null);

    RestAssured.port = portB;
    String after = GraphQLClient.query(ask, "m", s.model).getString("data.usePermission.verdict");
    assertThat(before).isNotEqualTo("PROHIBITED");
    assertThat(after).isEqualTo("PROHIBITED");
  }

  @Test
  void aSubscriberOfOneInstanceHearsOfAChangeMadeThroughTheOther() throws Exception {
    RestAssured.port = portA;
    LlamaScenario s = new LlamaScenario();
    BlockingQueue<String> received = new LinkedBlockingQueue<>();
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .subprotocols("graphql-transport-ws")
            .buildAsync(
                URI.create("ws://localhost:" + portB + "/graphql"),
                new WebSocket.Listener() {
                  private final StringBuilder partial = new StringBuilder();

                  @Override
                  public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                      received.add(partial.toString());
                      partial.setLength(0);
                    }
                    ws.request(1);
                    return null;
                  }
                })
            .get(10, TimeUnit.SECONDS);
    socket.sendText("{\"type\":\"connection_init\"}", true).get();
    assertThat(received.poll(10, TimeUnit.SECONDS)).contains("connection_ack");
    socket
        .sendText(
            "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                + "\"subscription { policyChanged(model: \\\""
                + s.model
                + "\\\") { kind document } }\"}}",
            true)
        .get();
    Thread.sleep(500);

    version(
        s.aup,
        "2025-04-05",
        "2025-04-05",
        List.of(rule("MILITARY", "PROHIBIT", LlamaScenario.MILITARY_QUOTE)),
        null);

    String message = received.poll(15, TimeUnit.SECONDS);
    assertThat(message).as("a change through A, heard on B").isNotNull();
    assertThat(message).contains("VERSION_PUBLISHED").contains(s.aup);
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
  }

  private static Process start(int port, Map<String, String> identity) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx384m",
            "-jar",
            Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
    Map<String, String> env = builder.environment();
    env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
    env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER);
    env.put("QUARKUS_DATASOURCE_PASSWORD", "");
    env.put("MODELTERMS_AUTH_OIDC", "true");
    env.put("QUARKUS_OIDC_PUBLIC_KEY", identity.get("quarkus.oidc.public-key"));
    env.put("QUARKUS_OIDC_TOKEN_ISSUER", identity.get("quarkus.oidc.token.issuer"));
    env.put("MODELTERMS_AUTH_LOCAL_ACCOUNT_PASSWORD", TestIdentities.LOCAL_PASSWORD);
    Path log = Path.of("target", "multi-instance-" + port + ".log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return builder.start();
  }

  private static void awaitReady(int port) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      for (Process p : instances) {
        if (!p.isAlive()) {
          throw new AssertionError(
              "An instance stopped; see target/multi-instance-" + port + ".log");
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("Instance on port " + port + " not ready within 4 minutes");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
