package io.oktaadapter.simulator;

import java.time.Instant;

/**
 * Simulator record of {@code DELETE /api/v1/users/{id}/sessions}, so tests can assert that sessions
 * (and OAuth tokens) were revoked.
 */
public record SessionClear(String userId, boolean oauthTokens, boolean forgetDevices, Instant at) {}
