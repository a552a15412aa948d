package org.modelterms.dataset;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The curated dataset: {@code modelterms.dataset.*} (docs/dataset.md). */
@ConfigMapping(prefix = "modelterms.dataset")
public interface DatasetConfig {

  /**
   * Whether the first start of an empty registry loads the curated dataset; off for a registry
   * filled some other way (a restore, the benchmark's generated data).
   */
  @WithDefault("true")
  boolean loadAtStart();
}
