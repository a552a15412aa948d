package org.modelterms.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import org.modelterms.access.AccessGuard;
import org.modelterms.access.ClientAddress;
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

  /** An anonymous client, counted by its address ({@link ClientAddress}). */
  public static Caller anonymous(String address) {
    return new Caller(Tier.ANONYMOUS, ClientAddress.key(address));
  }
}
