package org.modelterms.graphql;

import org.modelterms.access.SignInThrottle;

/**
 * What every WebSocket connection keeps to: its limits, the checks, who may read, the rate limit
 * each operation spends, and the throttle on wrong passwords sent in {@code connection_init}.
 */
record WebSocketRules(
    WebSocketConfig config,
    DocumentChecks checks,
    boolean readsNeedPrincipal,
    RateLimitGate rateLimit,
    SignInThrottle signIns) {}
