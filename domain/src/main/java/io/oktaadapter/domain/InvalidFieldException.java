package io.oktaadapter.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Domain error: one or more fields hold a value the domain does not accept. */
public final class InvalidFieldException extends DomainException {

  private final List<FieldViolation> violations;

  public InvalidFieldException(String field, String reason) {
    this(List.of(new FieldViolation(field, reason)));
  }

  /**
   * A violation of a value object, which does not know under which field it is used: the caller
   * places it with {@link #under(String)} (see {@link Validation}).
   */
  public static InvalidFieldException ofValue(String reason) {
    return new InvalidFieldException("", reason);
  }

  public InvalidFieldException(List<FieldViolation> violations) {
    super(
        violations.stream()
            .map(v -> v.field().isEmpty() ? v.reason() : v.field() + ": " + v.reason())
            .collect(Collectors.joining("; ")));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an InvalidFieldException needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  /** The same violations, placed under a parent path. */
  public InvalidFieldException under(String parent) {
    return new InvalidFieldException(violations.stream().map(v -> v.under(parent)).toList());
  }
}
