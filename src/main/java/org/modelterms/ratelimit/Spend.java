package org.modelterms.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a request's spend left: whether it may run, and what the caller is told of its bucket, in
 * the fields of the IETF draft "RateLimit header fields for HTTP" (draft-ietf-httpapi-ratelimit-
 * headers-06): the bucket's size, what is left of it, and the seconds until it is full again.
 *
 * @param retryAfterSeconds when refused, the seconds until the bucket holds this request's cost
 */
public record Spend(
    boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {

  static Spend of(long capacity, ConsumptionProbe probe) {
    return new Spend(
        probe.isConsumed(),
        capacity,
        Math.max(0, probe.getRemainingTokens()),
        seconds(probe.getNanosToWaitForReset()),
        probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
  }

  /** The response headers that tell the caller of its bucket, {@code Retry-After} when refused. */
  public Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("RateLimit-Limit", Long.toString(limit));
    headers.put("RateLimit-Remaining", Long.toString(remaining));
    headers.put("RateLimit-Reset", Long.toString(resetSeconds));
    if (!allowed) {
      headers.put("Retry-After", Long.toString(retryAfterSeconds));
    }
    return headers;
  }

  private static long seconds(long nanos) {
    long second = TimeUnit.SECONDS.toNanos(1);
    return nanos / second + (nanos % second == 0 ? 0 : 1);
  }

  /** What a refused caller is told, over any transport. */
  public String refusal() {
    return "Rate limit spent: this client's bucket holds "
        + limit
        + " and refills over time; retry in "
        + retryAfterSeconds
        + " s.";
  }
}
