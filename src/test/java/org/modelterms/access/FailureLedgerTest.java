package org.modelterms.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The back-off arithmetic, on a clock the test moves. */
class FailureLedgerTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final FailureLedger ledger =
      new FailureLedger(3, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofHours(1), 100);

  private static Instant at(long seconds) {
    return T0.plusSeconds(seconds);
  }

  @Test
  void freeUpToTheLimitThenDoublingUpToTheLongest() {
    assertThat(ledger.fail("a", at(0))).isEmpty();
    assertThat(ledger.fail("a", at(1))).isEmpty();
    assertThat(ledger.lockedFor("a", at(1))).isZero();

    assertThat(ledger.fail("a", at(2)).orElseThrow().length()).isEqualTo(Duration.ofSeconds(1));
    assertThat(ledger.lockedFor("a", at(2))).isEqualTo(Duration.ofSeconds(1));
    assertThat(ledger.lockedFor("a", at(3))).isZero();

    long[] expected = {2, 4, 8, 10, 10};
    long t = 3;
    for (long seconds : expected) {
      FailureLedger.Lockout lockout = ledger.fail("a", at(t)).orElseThrow();
      assertThat(lockout.length()).isEqualTo(Duration.ofSeconds(seconds));
      t += seconds;
    }
    assertThat(ledger.lockedFor("b", at(t))).as("other keys are not affected").isZero();
  }

  @Test
  void failuresAreForgottenAWindowAfterTheLastAndOnRequest() {
    ledger.fail("a", at(0));
    ledger.fail("a", at(0));
    assertThat(ledger.fail("a", at(3600))).as("a new window: the first failure again").isEmpty();
    ledger.fail("a", at(3601));
    assertThat(ledger.fail("a", at(3602))).isPresent();
    ledger.forget("a");
    assertThat(ledger.lockedFor("a", at(3602))).isZero();
    assertThat(ledger.fail("a", at(3602))).isEmpty();
  }

  @Test
  void rememberingIsBounded() {
    for (int i = 0; i < 1000; i++) {
      ledger.fail("made-up-" + i, at(0));
    }
    assertThat(ledger.size()).isEqualTo(100);
  }
}
