package io.oktaadapter.simulator.hooks;

import java.util.List;

/**
 * Simulator hook call outcome: whether Okta would count the call as successful, every attempt made,
 * and the last response's status and body.
 */
public record HookResult(boolean success, List<HookAttempt> attempts, int status, String body) {
  public HookResult {
    attempts = List.copyOf(attempts);
  }
}
