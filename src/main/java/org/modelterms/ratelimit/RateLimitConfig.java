package org.modelterms.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How much each client may spend: {@code modelterms.rate-limit.*}. A request spends its cost (one
 * when no cost is known) from a token bucket of its caller's; a bucket holds {@code capacity} and
 * refills from empty to full over {@code refill-period}, continuously. Each role has buckets of its
 * own, so anonymous load never drains an editor's.
 */
@ConfigMapping(prefix = "modelterms.rate-limit")
public interface RateLimitConfig {

  /** Whether requests spend at all; off, nothing is counted and no bucket is written. */
  @WithDefault("true")
  boolean enabled();

  /**
   * How long an instance may spend a client's bucket on its own before it writes the bucket back
   * (also after a twentieth of the bucket); {@code 0S} writes it on every request, the strictest
   * count across instances at two statements per request.
   */
  @WithDefault("1S")
  Duration syncInterval();

  /** Each anonymous client address. */
  Anonymous anonymous();

  /** Each signed-in principal without the editor or admin role. */
  Reader reader();

  /** Each editor. */
  Editor editor();

  /** Each admin. */
  Admin admin();

  /** {@code modelterms.rate-limit.anonymous.*}. */
  interface Anonymous {
    @WithDefault("20000")
    long capacity();

    @WithDefault("60S")
    Duration refillPeriod();
  }

  /** {@code modelterms.rate-limit.reader.*}. */
  interface Reader {
    @WithDefault("50000")
    long capacity();

    @WithDefault("60S")
    Duration refillPeriod();
  }

  /** {@code modelterms.rate-limit.editor.*}. */
  interface Editor {
    @WithDefault("100000")
    long capacity();

    @WithDefault("60S")
    Duration refillPeriod();
  }

  /** {@code modelterms.rate-limit.admin.*}. */
  interface Admin {
    @WithDefault("200000")
    long capacity();

    @WithDefault("60S")
    Duration refillPeriod();
  }
}
