package org.modelterms.permissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.PolicyFixtures.rule;
import static org.modelterms.testing.PolicyFixtures.version;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.modelterms.testing.GraphQLClient;
import org.modelterms.testing.Subscriber;
import org.modelterms.testing.TestIdentities;

/**
 * What must hold when two instances of the packaged registry share one database, whatever the
 * topology: both come up after starting at the same moment on an empty database, the schema is
 * migrated and the dataset loaded once, a write through one instance is answered by the other at
 * once, and a subscriber of one hears of a change made through the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TwoInstancesContract {

  /**
   * Settings both instances start with: a reader's bucket small and slow to refill, so that a test
   * can spend it (no other test signs in as a reader).
   */
  protected static final Map<String, String> SMALL_READER_BUCKETS =
      Map.of(
          "MODELTERMS_RATE_LIMIT_READER_CAPACITY", "4",
          "MODELTERMS_RATE_LIMIT_READER_REFILL_PERIOD", "1H");

  protected int portA;
  protected int portB;

  /** A connection to the primary database, as its owner. */
  protected abstract Connection primary() throws Exception;

  @Test
  void theSchemaAndTheDatasetAreWrittenOnce() throws Exception {
    try (Connection c = primary();
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
  void aWriteThroughOneInstanceIsAnsweredByTheOtherAtOnce() throws Exception {
    RestAssured.port = portA;
    LlamaScenario s = new LlamaScenario();
    String ask =
        "query($m: String!) { usePermission(model: $m, use: COMMERCIAL, on: \"2025-06-01\","
            + " actor: {kind: COMPANY, country: \"FR\"}) { verdict } }";
    RestAssured.port = portB;
    String before = GraphQLClient.query(ask, "m", s.model).getString("data.usePermission.verdict");
    assertThat(GraphQLClient.query(ask, "m", s.model).getString("data.usePermission.verdict"))
        .isEqualTo(before);

    String after =
        whileReplicaIsBehind(
            () -> {
              RestAssured.port = portA;
              version(
                  s.licenseDoc,
                  "Commercial use withdrawn",
                  "2025-01-01",
                  List.of(
                      rule(
                          "COMMERCIAL",
                          "PROHIBIT",
                          "You may not use the Llama Materials commercially.")),
                  null);
              RestAssured.port = portB;
              return GraphQLClient.query(ask, "m", s.model).getString("data.usePermission.verdict");
            });
    assertThat(before).isNotEqualTo("PROHIBITED");
    assertThat(after).isEqualTo("PROHIBITED");
  }

  /**
   * Runs a write and the read after it; with a read replica, while the replica replays nothing, so
   * that only the fence can make the read fresh.
   */
  protected <T> T whileReplicaIsBehind(Callable<T> writeThenRead) throws Exception {
    return writeThenRead.call();
  }

  @Test
  void aBucketSpentThroughOneInstanceIsSpentOnTheOther() {
    String reader = TestIdentities.bearer("rate-limited-reader");
    for (int i = 1; i <= 4; i++) {
      assertThat(askAs(portA, reader).statusCode()).as("request %d through A", i).isEqualTo(200);
    }
    // B may pay for what A has spent but not yet written back: a twentieth of the bucket, at least
    // one request. Buckets of their own would pay for four.
    int paidByB = 0;
    Response answer;
    while ((answer = askAs(portB, reader)).statusCode() == 200 && paidByB < 4) {
      paidByB++;
    }
    assertThat(paidByB).as("requests B paid for after A spent the bucket").isLessThanOrEqualTo(1);
    assertThat(answer.statusCode()).isEqualTo(429);
    assertThat(answer.jsonPath().getString("errors[0].extensions.code")).isEqualTo("RATE_LIMITED");
    assertThat(answer.header("Retry-After")).isNotNull();
  }

  private static Response askAs(int port, String authorization) {
    return RestAssured.given()
        .port(port)
        .header("Authorization", authorization)
        .contentType("application/json")
        .body(Map.of("query", "{ __typename }"))
        .when()
        .post("/graphql");
  }

  @Test
  void aSubscriberOfOneInstanceHearsOfAChangeMadeThroughTheOther() throws Exception {
    RestAssured.port = portA;
    LlamaScenario s = new LlamaScenario();
    try (Subscriber subscriber = Subscriber.policyChanges(portB, s.model)) {
      version(
          s.aup,
          "2025-04-05",
          "2025-04-05",
          List.of(rule("MILITARY", "PROHIBIT", LlamaScenario.MILITARY_QUOTE)),
          null);

      String message = subscriber.next(Duration.ofSeconds(15));
      assertThat(message).as("a change through A, heard on B").isNotNull();
      assertThat(message).contains("VERSION_PUBLISHED").contains(s.aup);
    }
  }
}
