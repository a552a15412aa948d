package org.modelterms.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Buckets small enough to empty in a test, and a registry behind a trusted proxy, so that a test
 * can speak for several client addresses through {@code X-Forwarded-For}.
 */
public class RateLimitedProfile implements QuarkusTestProfile {

  static final int ANONYMOUS_CAPACITY = 5;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "modelterms.rate-limit.anonymous.capacity", String.valueOf(ANONYMOUS_CAPACITY),
        // A token a second: a spent bucket pays for the next request within a second or two.
        "modelterms.rate-limit.anonymous.refill-period", ANONYMOUS_CAPACITY + "S",
        "modelterms.rate-limit.editor.capacity", "1000",
        "quarkus.http.proxy.proxy-address-forwarding", "true",
        // Short enough for SlowClientTest to see a slow body cut off.
        "modelterms.graphql.body-timeout", "2S",
        "modelterms.dataset.load-at-start", "false");
  }
}
