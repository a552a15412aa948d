package org.modelterms.access;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One request that signs in with HTTP Basic: who it comes from, which account it names, and a keyed
 * digest of its credentials, by which credentials that signed in before are recognised, without
 * bcrypt, and let past a lockout. The password itself is never kept.
 *
 * @param address the client's key ({@link ClientAddress}): an IPv6 client by its /64
 * @param account the account name as sent; empty when the header cannot be decoded
 * @param credentials HMAC-SHA256 of the header under a key of this instance
 */
public record SignInAttempt(String address, String account, String credentials) {

  /**
   * Where a request's attempt waits on its routing context for the outcome of the password check,
   * which the security events report with that context.
   */
  public static final String CONTEXT_KEY = SignInAttempt.class.getName();

  private static final int LONGEST_ACCOUNT_NAME = 200;
  private static final byte[] DIGEST_KEY = randomKey();

  /** The attempt the request makes, if it carries Basic credentials. */
  public static Optional<SignInAttempt> of(HttpServerRequest request) {
    return of(request.getHeader(HttpHeaders.AUTHORIZATION), request.remoteAddress());
  }

  /**
   * The attempt an {@code Authorization} value makes from this address, if it holds Basic
   * credentials: a request's header, or what a WebSocket client sends in {@code connection_init}.
   */
  public static Optional<SignInAttempt> of(String authorization, SocketAddress remote) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    return Optional.of(
        new SignInAttempt(
            clientAddress(remote),
            accountName(authorization.substring(6).trim()),
            digest(authorization)));
  }

  static String clientAddress(SocketAddress remote) {
    return ClientAddress.key(remote == null ? null : remote.hostAddress());
  }

  private static String accountName(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      String name = colon < 0 ? "" : decoded.substring(0, colon);
      return name.length() > LONGEST_ACCOUNT_NAME ? name.substring(0, LONGEST_ACCOUNT_NAME) : name;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  private static String digest(String header) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(DIGEST_KEY, "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(header.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
