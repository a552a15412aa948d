package org.modelterms.licenses;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.modelterms.cluster.GenerationCache;
import org.modelterms.cluster.ReadCaches;
import org.modelterms.licenses.api.License;
import org.modelterms.shared.changes.ModelFactsChanged;

/**
 * Licences already read, by key: model and component pages name the same few licences over and
 * over. A licence changes only through {@code licenseUpdate}, which fires {@link
 * ModelFactsChanged}; a licence registered later is simply not cached yet.
 */
@ApplicationScoped
public class LicenseCache {

  /** The SPDX list and the bespoke licences: some thousands. */
  static final int MAX_ENTRIES = 20_000;

  @Inject ReadCaches caches;

  private GenerationCache<Long, License> byKey;

  @PostConstruct
  void createCache() {
    byKey = caches.create(MAX_ENTRIES);
  }

  /**
   * The licences with the given keys, in the order of the keys (null where there is none): those
   * not cached are read with {@code read} (given the missing keys) and kept.
   */
  public List<License> byKeys(List<Long> keys, Function<List<Long>, List<License>> read) {
    Map<Long, License> found = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    for (Long key : keys) {
      License cached = key == null ? null : byKey.get(key);
      if (cached != null) {
        found.put(key, cached);
      } else if (key != null) {
        missing.add(key);
      }
    }
    if (!missing.isEmpty()) {
      long generation = byKey.generation();
      for (License l : read.apply(missing)) {
        found.put(l.key(), l);
        byKey.put(l.key(), l, generation);
      }
    }
    return keys.stream().map(k -> k == null ? null : found.get(k)).toList();
  }
}
