package org.modelterms.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.modelterms.access.AccessGuard;
import org.modelterms.access.Role;

/**
 * Whose bucket a request spends: a signed-in principal's, by the name the audit trail gives it, or
 * an anonymous client address's.
 */
public record Caller(Tier tier, String name) {

  /** The caller of a request with this identity (null or anonymous: by address). */
  public static Caller of(SecurityIdentity identity, String address) {
    if (identity == null || identity.isAnonymous()) {
      return anonymous(address);
    }
    Tier tier =
        identity.hasRole(Role.ADMIN.claim())
            ? Tier.ADMIN
            : identity.hasRole(Role.EDITOR.claim()) ? Tier.EDITOR : Tier.READER;
    return new Caller(tier, AccessGuard.principalName(identity));
  }

  /**
   * An anonymous client by its address. An IPv6 client is counted by its /64, the block one
   * subscriber is usually given, so that it cannot take a fresh bucket from each of its addresses.
   */
  public static Caller anonymous(String address) {
    return new Caller(Tier.ANONYMOUS, network(address == null ? "unknown" : address));
  }

  private static String network(String address) {
    if (address.indexOf(':') < 0) {
      return address;
    }
    try {
      // A literal: parsed, never looked up.
      byte[] bytes = InetAddress.getByName(address).getAddress();
      if (bytes.length != 16) {
        return address;
      }
      Arrays.fill(bytes, 8, 16, (byte) 0);
      return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
    } catch (UnknownHostException e) {
      return address;
    }
  }
}
