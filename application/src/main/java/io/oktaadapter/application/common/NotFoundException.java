package io.oktaadapter.application.common;

/** Application error: the requested resource does not exist. */
public final class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
