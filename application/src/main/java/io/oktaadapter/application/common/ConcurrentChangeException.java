package io.oktaadapter.application.common;

/**
 * Application error: the subject changed since it was read (optimistic locking); the caller should
 * read it again and retry.
 */
public final class ConcurrentChangeException extends RuntimeException {

  public ConcurrentChangeException(String message) {
    super(message);
  }
}
