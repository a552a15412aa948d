package org.modelterms.graphql;

/**
 * What every WebSocket connection keeps to: its limits, the checks, who may read, and the rate
 * limit each operation spends.
 */
record WebSocketRules(
    WebSocketConfig config,
    DocumentChecks checks,
    boolean readsNeedPrincipal,
    RateLimitGate rateLimit) {}
