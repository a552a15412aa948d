package org.modelterms.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rows of two keys, an owner's and a member's (a model and a licence it names, say). */
public final class KeyPairs {

  private KeyPairs() {}

  /** The members of each owner, in the order the rows came. */
  public static Map<Long, List<Long>> grouped(List<Object[]> pairs) {
    Map<Long, List<Long>> byOwner = new HashMap<>();
    for (Object[] pair : pairs) {
      byOwner.computeIfAbsent((Long) pair[0], k -> new ArrayList<>()).add((Long) pair[1]);
    }
    return byOwner;
  }
}
