package org.modelterms.graphql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the front door learnt of a document, by its text: front ends send the same few documents
 * again and again, with other variables. Bounded: when full it forgets everything and starts again,
 * which costs one more check per document and keeps a flood of unique documents from growing it.
 */
final class DocumentMemory<V> {

  private static final int REMEMBERED = 2_000;
  private static final int LONGEST_REMEMBERED = 20_000;

  private final Map<String, V> known = new ConcurrentHashMap<>();

  V get(String query) {
    return known.get(query);
  }

  void remember(String query, V value) {
    if (query.length() > LONGEST_REMEMBERED) {
      return;
    }
    if (known.size() >= REMEMBERED) {
      known.clear();
    }
    known.put(query, value);
  }
}
