package io.oktaadapter.application.security;

import io.oktaadapter.domain.FieldViolation;
import java.util.List;

/**
 * Application error: the actor may not do this (answered 403 by the REST adapter). When a field of
 * the request is what may not be changed ({@link FieldPolicy}), {@link #fields()} names it.
 */
public final class AccessDeniedException extends RuntimeException {

  private final transient List<FieldViolation> fields;

  public AccessDeniedException(String message) {
    super(message);
    this.fields = List.of();
  }

  private AccessDeniedException(String message, List<FieldViolation> fields) {
    super(message);
    this.fields = List.copyOf(fields);
  }

  /** The field {@code violation} names may not be changed by the actor. */
  public static AccessDeniedException field(FieldViolation violation) {
    return new AccessDeniedException(
        violation.field() + " " + violation.reason(), List.of(violation));
  }

  /** The fields the actor may not change; empty when the whole operation is refused. */
  public List<FieldViolation> fields() {
    return fields;
  }
}
