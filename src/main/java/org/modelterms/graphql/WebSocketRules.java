package org.modelterms.graphql;

/** What every WebSocket connection keeps to: its limits, the checks, and who may read. */
record WebSocketRules(WebSocketConfig config, DocumentChecks checks, boolean readsNeedPrincipal) {}
