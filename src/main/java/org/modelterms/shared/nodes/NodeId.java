package org.modelterms.shared.nodes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Global ids: the type name and the row's key, base64url-encoded so that clients treat them as
 * opaque strings and never build them by hand.
 */
public record NodeId(NodeType type, long key) {

  public static String encode(NodeType type, long key) {
    return new NodeId(type, key).toString();
  }

  /** Decodes an id; empty when it is not one this registry issued. */
  public static Optional<NodeId> decode(String id) {
    if (id == null || id.length() > 100) {
      return Optional.empty();
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
      int colon = plain.indexOf(':');
      if (colon < 0) {
        return Optional.empty();
      }
      NodeType type = NodeType.valueOf(plain.substring(0, colon));
      long key = Long.parseLong(plain.substring(colon + 1));
      return key > 0 ? Optional.of(new NodeId(type, key)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Decodes an id that must be of one type; empty otherwise. */
  public static Optional<Long> decode(String id, NodeType expected) {
    return decode(id).filter(n -> n.type() == expected).map(NodeId::key);
  }

  @Override
  public String toString() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((type.name() + ":" + key).getBytes(StandardCharsets.UTF_8));
  }
}
