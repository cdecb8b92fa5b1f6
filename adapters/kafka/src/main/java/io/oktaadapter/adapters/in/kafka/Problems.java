package io.oktaadapter.adapters.in.kafka;

import io.oktaadapter.application.common.AliasHasApplicationsException;
import io.oktaadapter.application.common.AlreadyExistsException;
import io.oktaadapter.application.common.IdempotencyKeyReusedException;
import io.oktaadapter.application.common.NotFoundException;
import io.oktaadapter.application.port.in.command.CommandProblem;
import io.oktaadapter.application.port.out.okta.OktaFailure;
import io.oktaadapter.application.security.AccessDeniedException;
import io.oktaadapter.domain.FieldViolation;
import io.oktaadapter.domain.IllegalStatusTransitionException;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.tenant.TenantNotFoundException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Kafka command adapter: the one place where a command's failure becomes problem details (RFC
 * 9457), with the operator API's problem types. A failure that is not the command's fault
 * (database, bugs) has no problem: the command is tried again instead.
 */
final class Problems {

  private static final String BASE = "https://okta-adapter.io/problems/";
  static final URI INVALID_INPUT = URI.create(BASE + "invalid-input");
  static final URI FORBIDDEN_SOURCE = URI.create(BASE + "forbidden-source");
  static final URI FORBIDDEN = URI.create(BASE + "forbidden");
  static final URI NOT_FOUND = URI.create(BASE + "not-found");
  static final URI CONFLICT = URI.create(BASE + "conflict");
  static final URI OKTA_REFUSED = URI.create(BASE + "okta-refused");
  static final URI UNAVAILABLE = URI.create(BASE + "unavailable");
  static final URI IDEMPOTENCY_KEY_REUSED = URI.create(BASE + "idempotency-key-reused");

  private Problems() {}

  static CommandProblem unreadable() {
    return new CommandProblem(
        INVALID_INPUT, "Malformed JSON", 400, "The command is not valid JSON.", List.of());
  }

  static CommandProblem invalid(String detail, List<String> violations) {
    return new CommandProblem(
        INVALID_INPUT, "Invalid command", 400, detail, CommandAdmission.violations(violations));
  }

  static CommandProblem forbiddenSource(String source, String type) {
    return new CommandProblem(
        FORBIDDEN_SOURCE,
        "Source not allowed",
        403,
        "Source " + source + " is not allowed to send " + type + ".",
        List.of());
  }

  /** The problem of a failed command, or empty when the failure is not the command's fault. */
  static Optional<CommandProblem> of(RuntimeException e) {
    if (e instanceof InvalidFieldException invalid) {
      List<FieldViolation> errors = invalid.violations();
      String detail =
          errors.size() == 1
              ? errors.get(0).field() + " " + errors.get(0).reason()
              : "The command has " + errors.size() + " invalid fields.";
      return Optional.of(new CommandProblem(INVALID_INPUT, "Invalid input", 400, detail, errors));
    }
    if (e instanceof AccessDeniedException denied) {
      return Optional.of(
          new CommandProblem(FORBIDDEN, "Forbidden", 403, denied.getMessage(), denied.fields()));
    }
    if (e instanceof TenantNotFoundException) {
      return problem(NOT_FOUND, "Tenant not found", 404, e.getMessage());
    }
    if (e instanceof NotFoundException) {
      return problem(NOT_FOUND, "Not found", 404, e.getMessage());
    }
    if (e instanceof AliasHasApplicationsException used) {
      List<FieldViolation> errors =
          used.applicationsByAlias().entrySet().stream()
              .map(
                  a ->
                      new FieldViolation(
                          "aliases",
                          a.getKey()
                              + " is used by applications "
                              + String.join(", ", a.getValue())))
              .toList();
      return Optional.of(
          new CommandProblem(CONFLICT, "Alias used by applications", 409, e.getMessage(), errors));
    }
    if (e instanceof AlreadyExistsException) {
      return problem(CONFLICT, "Already exists", 409, e.getMessage());
    }
    if (e instanceof IllegalStatusTransitionException) {
      return problem(CONFLICT, "Not allowed in this state", 409, e.getMessage());
    }
    if (e instanceof IdempotencyKeyReusedException) {
      return problem(
          IDEMPOTENCY_KEY_REUSED, "Id reused", 422, "This command id was used for another job.");
    }
    if (e instanceof OktaFailure f) {
      int status = f instanceof OktaFailure.Validation ? 422 : f.isRetryable() ? 503 : 502;
      String code = f.errorCode().map(c -> " (" + c + ")").orElse("");
      return problem(
          status == 503 ? UNAVAILABLE : OKTA_REFUSED,
          "Okta refused the request",
          status,
          "Okta answered" + code + ": " + f.getMessage());
    }
    return Optional.empty();
  }

  private static Optional<CommandProblem> problem(URI type, String title, int status, String d) {
    return Optional.of(new CommandProblem(type, title, status, d, List.of()));
  }
}
