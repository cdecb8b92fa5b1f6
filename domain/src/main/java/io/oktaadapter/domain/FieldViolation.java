package io.oktaadapter.domain;

import java.util.Objects;

/**
 * Value object: one invalid field, named by its path in the input (for example {@code aliases[1]}),
 * and why it is invalid. Never carries the rejected value, which may be secret.
 */
public record FieldViolation(String field, String reason) {

  public FieldViolation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
  }

  /** The same violation, placed under a parent path: {@code aliases} + {@code [1]}. */
  public FieldViolation under(String parent) {
    String path = field.startsWith("[") || field.isEmpty() ? parent + field : parent + "." + field;
    return new FieldViolation(path, reason);
  }
}
