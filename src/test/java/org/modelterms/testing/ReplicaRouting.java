package org.modelterms.testing;

import io.restassured.RestAssured;

/** What an instance says about its read replica: its readiness entry and its session counts. */
public final class ReplicaRouting {

  private ReplicaRouting() {}

  /** Sessions opened on "primary" or "replica" by the instance on this port. */
  public static double sessions(int port, String database) {
    String metrics = RestAssured.given().port(port).get("/q/metrics").asString();
    for (String line : metrics.split("\n")) {
      if (line.startsWith("modelterms_database_sessions_total{")
          && line.contains("database=\"" + database + "\"")) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return 0;
  }

  /** The replica's state on the readiness page: "up, lag …" or "down, …". */
  public static String state(int port) {
    return RestAssured.given()
        .port(port)
        .get("/q/health/ready")
        .then()
        .extract()
        .jsonPath()
        .getString("checks.find { it.name == 'Read replica' }.data.state");
  }
}
