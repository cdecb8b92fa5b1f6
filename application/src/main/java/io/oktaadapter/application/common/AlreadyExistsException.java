package io.oktaadapter.application.common;

/** Application error: the resource to create exists already. */
public final class AlreadyExistsException extends RuntimeException {

  public AlreadyExistsException(String message) {
    super(message);
  }
}
