package io.oktaadapter.simulator.http;

import java.util.List;

/** Simulator error catalogue: the Okta error codes and summaries the simulator reports. */
public final class OktaErrors {
  private OktaErrors() {}

  public static OktaException validation(String field, String cause) {
    return new OktaException(400, "E0000001", "Api validation failed: " + field, List.of(cause));
  }

  public static OktaException duplicate(String field) {
    return validation(
        field, field + ": An object with this field already exists in the current organization");
  }

  public static OktaException malformedBody() {
    return new OktaException(400, "E0000003", "The request body was not well-formed.", List.of());
  }

  public static OktaException notFound(String what) {
    return new OktaException(404, "E0000007", "Not found: Resource not found: " + what, List.of());
  }

  public static OktaException forbidden() {
    return new OktaException(
        403, "E0000006", "You do not have permission to perform the requested action", List.of());
  }

  public static OktaException invalidToken() {
    return new OktaException(401, "E0000011", "Invalid token provided", List.of());
  }

  public static OktaException rateLimited() {
    return new OktaException(
        429, "E0000047", "API call exceeded rate limit due to too many requests.", List.of());
  }

  public static OktaException internal() {
    return new OktaException(500, "E0000009", "Internal Server Error", List.of());
  }

  public static OktaException methodNotAllowed() {
    return new OktaException(
        405, "E0000022", "The endpoint does not support the provided HTTP method", List.of());
  }

  /** Okta refuses to delete an application that is still ACTIVE. */
  public static OktaException deleteActiveApp() {
    return new OktaException(
        403,
        "E0000056",
        "Delete application forbidden.",
        List.of("The application must be deactivated before it can be deleted"));
  }

  public static OktaException notInactive(String what) {
    return validation(what, what + " must be INACTIVE for this operation");
  }
}
