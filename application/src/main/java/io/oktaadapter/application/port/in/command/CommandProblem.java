package io.oktaadapter.application.port.in.command;

import io.oktaadapter.domain.FieldViolation;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/** Why a command failed, in RFC 9457 problem-details terms (the same types as the operator API). */
public record CommandProblem(
    URI type, String title, int status, String detail, List<FieldViolation> errors) {

  public CommandProblem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    errors = errors == null ? List.of() : List.copyOf(errors);
  }
}
