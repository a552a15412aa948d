package org.modelterms.assessments;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The stored openness verdicts model pages read (docs/decisions/0010), under the prefix {@code
 * modelterms.verdict-index.*} that deployments already set.
 */
@ConfigMapping(prefix = "modelterms.verdict-index")
public interface OpennessIndexConfig {

  /**
   * Whether today's verdicts are kept in {@code model_assessment} in the background; off, pages
   * compute them, as tests that count statements need.
   */
  @WithDefault("true")
  boolean refresh();

  /**
   * How long after a start, a write or a missing verdict the refresh runs; longer gathers more
   * writes into one refresh, shorter stores new verdicts sooner.
   */
  @WithDefault("5S")
  Duration refreshDelay();
}
