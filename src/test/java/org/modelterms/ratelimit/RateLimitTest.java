package org.modelterms.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.TestIdentities;

/**
 * Each client spends its own bucket over HTTP: a spent one is refused with 429, {@code Retry-After}
 * and the {@code RateLimit-*} headers, other clients and editors answer as before, and the bucket
 * pays again once it has refilled.
 */
@QuarkusTest
@TestProfile(RateLimitedProfile.class)
class RateLimitTest {

  private static final String QUERY = "{ __typename }";

  private static Response ask(String address, String authorization) {
    var request =
        given()
            .contentType("application/json")
            .header("X-Forwarded-For", address)
            .body(Map.of("query", QUERY));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request.when().post("/graphql");
  }

  /** Spends the address's bucket; returns the first refusal. */
  private static Response spendAll(String address) {
    for (int i = 1; i <= RateLimitedProfile.ANONYMOUS_CAPACITY; i++) {
      Response answer = ask(address, null);
      assertThat(answer.statusCode()).as("request %d of a full bucket", i).isEqualTo(200);
      assertThat(answer.header("RateLimit-Limit"))
          .isEqualTo(String.valueOf(RateLimitedProfile.ANONYMOUS_CAPACITY));
    }
    // The bucket refills a token a second, so a slow machine may have earned one more request.
    for (int extra = 0; extra < 3; extra++) {
      Response answer = ask(address, null);
      if (answer.statusCode() == 429) {
        return answer;
      }
    }
    throw new AssertionError("no 429 after spending the bucket of " + address);
  }

  @Test
  void answersTellTheCallerWhatIsLeft() {
    Response first = ask("198.51.100.1", null);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.header("RateLimit-Limit"))
        .isEqualTo(String.valueOf(RateLimitedProfile.ANONYMOUS_CAPACITY));
    assertThat(Long.parseLong(first.header("RateLimit-Remaining")))
        .isEqualTo(RateLimitedProfile.ANONYMOUS_CAPACITY - 1);
    assertThat(Long.parseLong(first.header("RateLimit-Reset"))).isBetween(1L, 5L);
    assertThat(first.header("Retry-After")).isNull();
  }

  @Test
  void aSpentBucketIsRefusedWith429AndWhenToRetry() {
    Response refused = spendAll("198.51.100.2");
    assertThat(refused.contentType()).startsWith("application/json");
    assertThat(refused.jsonPath().getString("errors[0].extensions.code")).isEqualTo("RATE_LIMITED");
    assertThat(refused.jsonPath().getString("data")).isNull();
    assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 2L);
    assertThat(Long.parseLong(refused.header("RateLimit-Reset"))).isBetween(1L, 5L);
  }

  @Test
  void anotherAddressAndAnEditorAreNotAffected() {
    spendAll("198.51.100.3");
    assertThat(ask("198.51.100.4", null).statusCode()).isEqualTo(200);
    Response editor = ask("198.51.100.3", TestIdentities.bearer("rate-limited-editor", "editor"));
    assertThat(editor.statusCode()).isEqualTo(200);
    assertThat(editor.header("RateLimit-Limit")).isEqualTo("1000");
  }

  /**
   * Measured, not timed: how often a busy client's bucket is read and written in the database. Each
   * write is two statements, so at most one write per two requests is under one statement per
   * request.
   */
  @Test
  void aBusyClientCostsTheDatabaseLessThanOneStatementPerRequest() {
    String editor = TestIdentities.bearer("busy-editor", "editor");
    double spendsBefore = metric("modelterms_rate_limit_spends_total");
    double writesBefore = metric("modelterms_rate_limit_bucket_writes_total");
    int requests = 200;
    for (int i = 0; i < requests; i++) {
      assertThat(ask("198.51.100.6", editor).statusCode()).isEqualTo(200);
    }
    double spends = metric("modelterms_rate_limit_spends_total") - spendsBefore;
    double writes = metric("modelterms_rate_limit_bucket_writes_total") - writesBefore;
    System.out.printf(
        "Rate limits: %d requests, %.0f bucket writes, %.3f statements per request%n",
        requests, writes, 2 * writes / requests);
    assertThat(spends).isEqualTo(requests);
    assertThat(writes).isPositive();
    assertThat(2 * writes).isLessThanOrEqualTo(requests);
  }

  private static double metric(String name) {
    for (String line : given().get("/q/metrics").asString().split("\n")) {
      if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    throw new AssertionError(name + " is not among the metrics");
  }

  @Test
  void aSpentBucketPaysAgainOnceRefilled() throws InterruptedException {
    Response refused = spendAll("198.51.100.5");
    Thread.sleep(Long.parseLong(refused.header("Retry-After")) * 1000 + 100);
    Response again = ask("198.51.100.5", null);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.jsonPath().getString("data.__typename")).isEqualTo("Query");
  }
}
