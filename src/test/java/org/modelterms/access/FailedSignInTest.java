package org.modelterms.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.hibernate.SessionFactory;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.TestIdentities;

/**
 * Wrong passwords for the local account, sent over HTTP from several client addresses: after a few,
 * the address (or, from many addresses, the account) is refused with 429 before the password is
 * looked at, for a back-off that doubles; everyone else, and an editor already signed in, goes on.
 */
@QuarkusTest
@TestProfile(LocalAccountProfile.class)
class FailedSignInTest {

  private static final String RIGHT = TestIdentities.LOCAL_PASSWORD;

  @Inject SessionFactory sessionFactory;

  private final List<String> lockoutLines = new CopyOnWriteArrayList<>();
  private final Handler logCapture =
      new Handler() {
        @Override
        public void publish(LogRecord line) {
          lockoutLines.add(
              line instanceof ExtLogRecord ext ? ext.getFormattedMessage() : line.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  /** Where the throttle writes its lockout lines. */
  private final Logger throttleLog =
      LogContext.getLogContext().getLogger(SignInThrottle.class.getName());

  @BeforeEach
  void captureLockoutLog() {
    throttleLog.addHandler(logCapture);
  }

  @AfterEach
  void releaseLog() {
    throttleLog.removeHandler(logCapture);
  }

  private static Response signIn(String address, String password) {
    return given()
        .header("X-Forwarded-For", address)
        .header("Authorization", TestIdentities.localBasic(password))
        .contentType("application/json")
        .body(Map.of("query", "{ models(first: 1) { totalCount } }"))
        .when()
        .post("/graphql");
  }

  /** How often the local account was read from the database: once per password check. */
  private long passwordChecks() {
    return sessionFactory
        .getStatistics()
        .getEntityStatistics(LocalAccountEntity.class.getName())
        .getLoadCount();
  }

  private long lockoutsLoggedFor(String key) {
    return lockoutLines.stream().filter(line -> line.contains(" " + key + ":")).count();
  }

  @Test
  void guessesFromOneAddressAreRefusedBeforeThePasswordCheckWhileOtherAddressesGoOn()
      throws InterruptedException {
    String attacker = "203.0.113.7";
    Response signedIn = signIn("198.51.100.7", RIGHT);
    assertThat(signedIn.statusCode()).as("the editor signs in").isEqualTo(200);
    assertThat(signedIn.jsonPath().getInt("data.models.totalCount")).isNotNegative();

    long before = passwordChecks();
    List<Long> checkedMillis = new ArrayList<>();
    for (int i = 0; i < LocalAccountProfile.MAX_FAILURES_PER_ADDRESS; i++) {
      long start = System.nanoTime();
      assertThat(signIn(attacker, "guess-" + i).statusCode()).isEqualTo(401);
      checkedMillis.add((System.nanoTime() - start) / 1_000_000);
    }
    long checked = passwordChecks();
    assertThat(checked - before)
        .as("each wrong password was checked")
        .isGreaterThanOrEqualTo(LocalAccountProfile.MAX_FAILURES_PER_ADDRESS);

    List<Long> refusedMillis = new ArrayList<>();
    int retryAfter = 0;
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      Response refused = signIn(attacker, "more-" + i);
      refusedMillis.add((System.nanoTime() - start) / 1_000_000);
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.jsonPath().getString("errors[0].extensions.code"))
          .isEqualTo("TOO_MANY_SIGN_IN_ATTEMPTS");
      retryAfter = Integer.parseInt(refused.header("Retry-After"));
      assertThat(retryAfter).as("the first lockout, 3 s").isBetween(1, 3);
    }
    assertThat(passwordChecks())
        .as("no refused guess reached the password check")
        .isEqualTo(checked);
    long checkedMedian = median(checkedMillis);
    long refusedMedian = median(refusedMillis);
    System.out.printf(
        "Wrong password checked in %d ms (median), refused in %d ms%n",
        checkedMedian, refusedMedian);
    assertThat(refusedMedian).isLessThan(Math.max(checkedMedian / 2, 1));
    assertThat(lockoutsLoggedFor(attacker)).as("one log line per lockout").isEqualTo(1);

    assertThat(signIn("198.51.100.8", "typo").statusCode())
        .as("another address is still checked")
        .isEqualTo(401);
    assertThat(signIn(attacker, RIGHT).statusCode())
        .as("credentials that signed in pass even from the locked-out address")
        .isEqualTo(200);

    Thread.sleep(retryAfter * 1000L + 200);
    assertThat(signIn(attacker, "after-the-lockout").statusCode())
        .as("checked again once the lockout ends")
        .isEqualTo(401);
    Response doubled = signIn(attacker, "too-soon");
    assertThat(doubled.statusCode()).isEqualTo(429);
    assertThat(Integer.parseInt(doubled.header("Retry-After")))
        .as("the next lockout is twice as long")
        .isBetween(4, 6);
    assertThat(lockoutsLoggedFor(attacker)).isEqualTo(2);
  }

  @Test
  void guessesFromManyAddressesLockTheAccountBrieflyButNotItsSignedInEditor()
      throws InterruptedException {
    assertThat(signIn("198.51.100.20", RIGHT).statusCode()).isEqualTo(200);
    for (int i = 0; i < LocalAccountProfile.MAX_FAILURES_PER_ACCOUNT; i++) {
      assertThat(signIn("192.0.2." + (10 + i), "guess").statusCode()).isEqualTo(401);
    }
    Response refused = signIn("192.0.2.100", "guess");
    assertThat(refused.statusCode())
        .as("a fresh address, but the account is locked")
        .isEqualTo(429);
    assertThat(lockoutsLoggedFor(TestIdentities.LOCAL_USERNAME)).isEqualTo(1);

    Thread.sleep(Integer.parseInt(refused.header("Retry-After")) * 1000L + 200);
    assertThat(signIn("192.0.2.101", "guess").statusCode())
        .as("checked again once the lockout ends")
        .isEqualTo(401);
    Response again = signIn("192.0.2.102", "guess");
    assertThat(again.statusCode()).isEqualTo(429);
    assertThat(Integer.parseInt(again.header("Retry-After")))
        .as("an account's lockout stays short: 3 s in this profile")
        .isBetween(1, 3);
    assertThat(signIn("192.0.2.103", RIGHT).statusCode())
        .as("the editor who signed in goes on meanwhile")
        .isEqualTo(200);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
