package org.modelterms.cluster;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The optional read replica: {@code modelterms.replica.*} (docs/operations.md). */
@ConfigMapping(prefix = "modelterms.replica")
public interface ReplicaConfig {

  /**
   * Whether queries may read a streaming replica ({@code quarkus.datasource.replica.*}), to take
   * reads off the primary.
   */
  @WithDefault("false")
  boolean enabled();

  /**
   * A replica further behind the primary than this is not read; lower it where stale answers cost
   * more than load on the primary.
   */
  @WithDefault("5S")
  Duration maxLag();

  /**
   * How often each instance measures the replica; shorter finds a replica that came back or fell
   * behind sooner, at one more query each time.
   */
  @WithDefault("500ms")
  Duration checkInterval();

  /**
   * How long a write waits for the replica to replay it before answering, so that the writer's next
   * read finds it; longer where the replica is slow, shorter where writes must answer fast.
   */
  @WithDefault("1S")
  Duration writeWait();
}
