package io.oktaadapter.domain;

/** Base of the named domain errors: a broken domain rule, never an infrastructure failure. */
public abstract class DomainException extends RuntimeException {

  protected DomainException(String message) {
    super(message, null, false, false);
  }
}
