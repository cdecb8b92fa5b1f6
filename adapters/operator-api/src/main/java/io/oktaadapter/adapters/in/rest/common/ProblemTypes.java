package io.oktaadapter.adapters.in.rest.common;

import java.net.URI;

/** REST adapter: the problem type URIs of the operator API, documented in the README. */
public final class ProblemTypes {

  private static final String BASE = "https://okta-adapter.io/problems/";

  public static final URI INVALID_INPUT = URI.create(BASE + "invalid-input");
  public static final URI NOT_FOUND = URI.create(BASE + "not-found");
  public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
  public static final URI CONFLICT = URI.create(BASE + "conflict");
  public static final URI OKTA_REFUSED = URI.create(BASE + "okta-refused");
  public static final URI IDEMPOTENCY_KEY_REUSED = URI.create(BASE + "idempotency-key-reused");
  public static final URI UNAVAILABLE = URI.create(BASE + "unavailable");
  public static final URI INTERNAL = URI.create(BASE + "internal-error");

  private ProblemTypes() {}
}
