package io.oktaadapter.simulator;

/** Simulator fault injection: what an injected fault does to the matching call. */
public enum FaultType {
  /** Answer 500 with Okta's E0000009 body. */
  SERVER_ERROR,
  /** Answer 429 with Okta's E0000047 body and exhausted rate-limit headers. */
  RATE_LIMITED,
  /** Answer 403 with Okta's E0000006 body (the token lacks permission). */
  FORBIDDEN,
  /** Hold the request for the fault's duration, then answer normally. */
  HANG,
  /**
   * Apply the request at once but hold its answer for the fault's duration: a client that times out
   * meanwhile never learns that Okta applied it.
   */
  SLOW_ANSWER
}
