package org.modelterms.cluster;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Instances sharing one database: {@code modelterms.cluster.*}. */
@ConfigMapping(prefix = "modelterms.cluster")
public interface ClusterConfig {

  /**
   * Whether this instance listens for other instances' changes (PostgreSQL LISTEN/NOTIFY) to empty
   * its caches and tell its subscribers; only a lone instance that wants one connection fewer may
   * turn it off.
   */
  @WithDefault("true")
  boolean listen();
}
