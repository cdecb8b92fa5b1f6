package io.oktaadapter.application.common;

/** Application error: an {@code Idempotency-Key} came back with a different request. */
public final class IdempotencyKeyReusedException extends RuntimeException {

  public IdempotencyKeyReusedException() {
    super("the Idempotency-Key was already used for a different request");
  }
}
