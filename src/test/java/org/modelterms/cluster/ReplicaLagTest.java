package org.modelterms.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReplicaLagTest {

  private static final long SECOND = 1_000_000_000L;
  private static final Duration MAX = Duration.ofSeconds(5);

  @Test
  void aReplicaIsUnusableUntilFirstChecked() {
    assertThat(new ReplicaLag().usable(MAX)).isFalse();
  }

  @Test
  void anIdleReplicaThatReplayedEverythingIsNotBehind() {
    ReplicaLag lag = new ReplicaLag();
    assertThat(lag.observe(100, 100, 0)).as("came up").isTrue();
    assertThat(lag.observe(100, 100, 60 * SECOND)).as("already up").isFalse();
    assertThat(lag.usable(MAX)).isTrue();
    assertThat(lag.toString()).startsWith("up, lag 0 ms");
  }

  @Test
  void lagIsTheAgeOfTheOldestPositionNotYetReplayed() {
    ReplicaLag lag = new ReplicaLag();
    lag.observe(100, 100, 0);
    lag.observe(200, 100, 1 * SECOND);
    lag.observe(300, 150, 4 * SECOND);
    assertThat(lag.usable(MAX)).as("3 s behind").isTrue();
    lag.observe(400, 150, 7 * SECOND);
    assertThat(lag.usable(MAX)).as("6 s behind position 200").isFalse();
    lag.observe(400, 300, 8 * SECOND);
    assertThat(lag.usable(MAX)).as("1 s behind position 400").isTrue();
    assertThat(lag.toString()).contains("lag 1000 ms");
  }

  @Test
  void theFenceHoldsReadsUntilTheReplicaReplayedTheWrite() {
    ReplicaLag lag = new ReplicaLag();
    lag.observe(100, 100, 0);
    assertThat(lag.caughtUp()).isTrue();
    lag.require(180);
    assertThat(lag.caughtUp()).isFalse();
    lag.replayed(179);
    assertThat(lag.caughtUp()).isFalse();
    lag.replayed(180);
    assertThat(lag.caughtUp()).isTrue();
    lag.require(150);
    assertThat(lag.caughtUp()).as("the fence never moves back").isTrue();
  }

  @Test
  void aFailedCheckTakesTheReplicaOutUntilTheNextGoodOne() {
    ReplicaLag lag = new ReplicaLag();
    lag.observe(100, 100, 0);
    assertThat(lag.markDown()).isTrue();
    assertThat(lag.markDown()).as("already down").isFalse();
    assertThat(lag.usable(MAX)).isFalse();
    assertThat(lag.observe(100, 100, SECOND)).isTrue();
    assertThat(lag.usable(MAX)).isTrue();
    assertThat(lag.caughtUp()).isTrue();
  }

  @Test
  void aReplicaFirstSeenBehindIsNotReadBeforeItCatchesUp() {
    ReplicaLag lag = new ReplicaLag();
    lag.observe(5_000, 100, 0);
    assertThat(lag.usable(MAX)).as("its lag cannot be told yet").isTrue();
    assertThat(lag.caughtUp()).as("but it must replay what the primary held").isFalse();
    lag.observe(5_200, 5_000, SECOND);
    assertThat(lag.caughtUp()).isTrue();
  }

  @Test
  void aReplicaBackFromDownMustReplayWhatItMayHaveMissed() {
    ReplicaLag lag = new ReplicaLag();
    lag.observe(100, 100, 0);
    lag.markDown();
    lag.observe(900, 400, SECOND);
    assertThat(lag.caughtUp()).isFalse();
    assertThat(lag.replayed(900)).isEqualTo(900);
    assertThat(lag.caughtUp()).isTrue();
  }
}
