package io.oktaadapter.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects the violations of several fields so that one error names every wrong field, not just the
 * first one.
 */
public final class Validation {

  private final List<FieldViolation> violations = new ArrayList<>();

  /**
   * Builds a value, recording its violations under {@code field} when it cannot be built.
   *
   * @return the value, or {@code null} when it was invalid
   */
  public <I, T> T field(String field, I input, Function<I, T> factory) {
    try {
      return factory.apply(input);
    } catch (InvalidFieldException e) {
      violations.addAll(e.under(field).violations());
      return null;
    }
  }

  public void reject(String field, String reason) {
    violations.add(new FieldViolation(field, reason));
  }

  /** Throws an {@link InvalidFieldException} naming every recorded violation, if there is one. */
  public void throwIfInvalid() {
    if (!violations.isEmpty()) {
      throw new InvalidFieldException(violations);
    }
  }
}
