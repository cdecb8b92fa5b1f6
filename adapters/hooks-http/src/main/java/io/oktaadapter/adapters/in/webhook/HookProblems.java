package io.oktaadapter.adapters.in.webhook;

import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.core.Response;

/**
 * Webhook adapter: RFC 9457 problem details for the hook endpoints' refusals. Okta only looks at
 * the status; the body is for whoever else calls (and for people reading logs of a proxy). The
 * types are the operator API's documented ones; a detail never repeats a parser message or a value.
 */
final class HookProblems {

  static final String MEDIA_TYPE = "application/problem+json";
  private static final String BASE = "https://okta-adapter.io/problems/";

  private HookProblems() {}

  /** The problem type of a status: stable, documented in the README. */
  static String type(int status) {
    return BASE
        + switch (status) {
          case 400 -> "invalid-input";
          case 401 -> "unauthenticated";
          case 404 -> "not-found";
          case 413 -> "payload-too-large";
          case 415 -> "unsupported-media-type";
          case 503 -> "unavailable";
          default -> "invalid-input";
        };
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "Invalid input";
      case 401 -> "Unauthenticated";
      case 404 -> "Not found";
      case 413 -> "Payload too large";
      case 415 -> "Unsupported media type";
      case 503 -> "Unavailable";
      default -> "Refused";
    };
  }

  /** The body, with the offending field when there is one. */
  static String body(int status, String detail, String field, String instance) {
    JsonObject problem =
        new JsonObject()
            .put("type", type(status))
            .put("title", title(status))
            .put("status", status)
            .put("detail", detail);
    if (instance != null) {
      problem.put("instance", instance);
    }
    if (field != null) {
      problem.put(
          "errors",
          new io.vertx.core.json.JsonArray()
              .add(new JsonObject().put("field", field).put("message", detail)));
    }
    return problem.encode();
  }

  static Response response(int status, String detail, String field, String instance) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(body(status, detail, field, instance))
        .build();
  }
}
