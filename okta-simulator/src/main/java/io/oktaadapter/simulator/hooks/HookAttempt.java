package io.oktaadapter.simulator.hooks;

/**
 * Simulator hook call: one HTTP attempt of Okta's calling side.
 *
 * @param status HTTP status, or 0 when no response arrived
 * @param failure null, {@code "TIMEOUT"} or {@code "CONNECTION"}
 * @param millis time the attempt took
 */
public record HookAttempt(int status, String failure, long millis) {
  public boolean is2xx() {
    return status >= 200 && status < 300;
  }

  /** Okta retries once after a timeout, a connection failure or a 5xx; never after 2xx/4xx. */
  public boolean retryable() {
    return failure != null || status >= 500;
  }
}
