package org.modelterms.access;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The embedded default, no identity provider and only the local account, with sign-in lockouts
 * short enough to wait out in a test and the client address taken from {@code X-Forwarded-For}, so
 * that one test can speak from several addresses.
 */
public class LocalAccountProfile implements QuarkusTestProfile {

  public static final int MAX_FAILURES_PER_ADDRESS = 3;
  static final int MAX_FAILURES_PER_ACCOUNT = 8;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "modelterms.auth.oidc", "false",
        "modelterms.dataset.load-at-start", "false",
        "modelterms.auth.sign-in.max-failures-per-address", "" + MAX_FAILURES_PER_ADDRESS,
        "modelterms.auth.sign-in.max-failures-per-account", "" + MAX_FAILURES_PER_ACCOUNT,
        "modelterms.auth.sign-in.first-lockout", "3S",
        "modelterms.auth.sign-in.address-lockout", "6S",
        "modelterms.auth.sign-in.account-lockout", "3S",
        "quarkus.http.proxy.proxy-address-forwarding", "true",
        "quarkus.http.proxy.allow-x-forwarded", "true");
  }
}
