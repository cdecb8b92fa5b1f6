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
  public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
  public static final URI METHOD_NOT_ALLOWED = URI.create(BASE + "method-not-allowed");
  public static final URI NOT_ACCEPTABLE = URI.create(BASE + "not-acceptable");
  public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(BASE + "unsupported-media-type");
  public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");
  public static final URI URI_TOO_LONG = URI.create(BASE + "uri-too-long");
  public static final URI HEADERS_TOO_LARGE = URI.create(BASE + "headers-too-large");
  public static final URI TOO_MANY_REQUESTS = URI.create(BASE + "too-many-requests");

  private ProblemTypes() {}
}
