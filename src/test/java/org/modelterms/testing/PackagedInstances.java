package org.modelterms.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Packaged registries (target/quarkus-app) started as separate processes, as operators run them,
 * for the integration tests of several instances. Each logs to target/NAME-PORT.log.
 */
public final class PackagedInstances implements AutoCloseable {

  private final String name;
  private final Map<String, String> identity = new TestIdentities().start();
  private final List<Process> processes = new ArrayList<>();

  public PackagedInstances(String name) {
    this.name = name;
  }

  /** Starts an instance on a free port with the given environment; returns the port. */
  public int start(Map<String, String> environment) throws IOException {
    int port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx384m",
            "-jar",
            Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
    Map<String, String> env = builder.environment();
    env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    env.put("MODELTERMS_AUTH_OIDC", "true");
    env.put("QUARKUS_OIDC_PUBLIC_KEY", identity.get("quarkus.oidc.public-key"));
    env.put("QUARKUS_OIDC_TOKEN_ISSUER", identity.get("quarkus.oidc.token.issuer"));
    env.put("MODELTERMS_AUTH_LOCAL_ACCOUNT_PASSWORD", TestIdentities.LOCAL_PASSWORD);
    // The background verdict refresh opens database sessions of its own, which the routing checks
    // would count as the requests'; OpennessIndexRefresherTest covers it.
    env.put("MODELTERMS_VERDICT_INDEX_REFRESH", "false");
    env.putAll(environment);
    builder.redirectErrorStream(true).redirectOutput(log(port).toFile());
    processes.add(builder.start());
    return port;
  }

  /** Waits until the instance on this port reports itself ready. */
  public void awaitReady(int port) throws Exception {
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
      for (Process p : processes) {
        if (!p.isAlive()) {
          throw new AssertionError("An instance stopped; see " + log(port));
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("Instance on port " + port + " not ready within 4 minutes");
  }

  private Path log(int port) {
    return Path.of("target", name + "-" + port + ".log");
  }

  @Override
  public void close() {
    processes.forEach(Process::destroy);
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
