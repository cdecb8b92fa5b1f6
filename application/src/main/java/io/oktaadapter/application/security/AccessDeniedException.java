package io.oktaadapter.application.security;

/** Application error: the actor may not do this (answered 403 by the REST adapter). */
public final class AccessDeniedException extends RuntimeException {

  public AccessDeniedException(String message) {
    super(message);
  }
}
