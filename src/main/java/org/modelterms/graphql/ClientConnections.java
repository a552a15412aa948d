package org.modelterms.graphql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The WebSocket connections each client address holds open. */
final class ClientConnections {

  private final Map<String, Integer> open = new ConcurrentHashMap<>();
  private final int limit;

  ClientConnections(int limit) {
    this.limit = limit;
  }

  /** Counts one more connection of the address, unless it already holds the most allowed. */
  boolean tryOpen(String address) {
    boolean[] opened = {false};
    open.compute(
        address,
        (a, count) -> {
          int now = count == null ? 0 : count;
          if (now >= limit) {
            return count;
          }
          opened[0] = true;
          return now + 1;
        });
    return opened[0];
  }

  void close(String address) {
    open.computeIfPresent(address, (a, count) -> count <= 1 ? null : count - 1);
  }
}
