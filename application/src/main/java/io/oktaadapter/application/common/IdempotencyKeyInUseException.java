package io.oktaadapter.application.common;

/**
 * Application error: another request with the same {@code Idempotency-Key} is being processed right
 * now; once it has finished, a retry gets its result.
 */
public final class IdempotencyKeyInUseException extends RuntimeException {

  public IdempotencyKeyInUseException() {
    super("a request with this Idempotency-Key is being processed");
  }
}
