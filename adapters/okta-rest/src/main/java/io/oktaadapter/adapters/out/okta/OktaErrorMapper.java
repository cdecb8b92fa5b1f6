package io.oktaadapter.adapters.out.okta;

import io.oktaadapter.application.port.out.okta.OktaFailure;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Okta REST adapter: turns Okta's error answers into typed {@link OktaFailure}s, branching on
 * {@code errorCode} (Okta's documented contract) and only falling back to the HTTP status when the
 * body is not Okta's.
 */
@jakarta.inject.Singleton
class OktaErrorMapper implements ResponseExceptionMapper<OktaFailure> {

  private static final String ALREADY_EXISTS = "already exists";

  @Override
  public OktaFailure toThrowable(Response response) {
    OktaErrorBody body = readBody(response);
    String code = body.errorCode() == null ? "" : body.errorCode();
    String message =
        "Okta answered "
            + response.getStatus()
            + (code.isEmpty() ? "" : " " + code)
            + (body.errorSummary() == null ? "" : ": " + body.errorSummary());
    return switch (code) {
      case "E0000001", "E0000003", "E0000038", "E0000056" -> validation(message, body);
      case "E0000004", "E0000011", "E0000061" -> unauthorized(message, body);
      case "E0000005", "E0000006", "E0000015" -> forbidden(message, body);
      case "E0000007", "E0000008" -> notFound(message, body);
      case "E0000047" -> rateLimited(message, body, response);
      case "E0000009", "E0000010" -> transientFailure(message, body);
      default -> byStatus(response, message, body);
    };
  }

  @Override
  public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
    return status >= 400;
  }

  private static OktaFailure byStatus(Response response, String message, OktaErrorBody body) {
    int status = response.getStatus();
    if (status == 401) {
      return unauthorized(message, body);
    }
    if (status == 403) {
      return forbidden(message, body);
    }
    if (status == 404) {
      return notFound(message, body);
    }
    if (status == 429) {
      return rateLimited(message, body, response);
    }
    if (status >= 500) {
      return transientFailure(message, body);
    }
    return validation(message, body);
  }

  private static OktaFailure validation(String message, OktaErrorBody body) {
    List<String> causes = body.causes();
    if (causes.stream().anyMatch(c -> c.contains(ALREADY_EXISTS))) {
      return new OktaFailure.AlreadyExists(message, body.errorCode(), body.errorId(), causes);
    }
    return new OktaFailure.Validation(message, body.errorCode(), body.errorId(), causes);
  }

  private static OktaFailure unauthorized(String message, OktaErrorBody body) {
    return new OktaFailure.Unauthorized(message, body.errorCode(), body.errorId());
  }

  private static OktaFailure forbidden(String message, OktaErrorBody body) {
    return new OktaFailure.Forbidden(message, body.errorCode(), body.errorId());
  }

  private static OktaFailure notFound(String message, OktaErrorBody body) {
    return new OktaFailure.NotFound(message, body.errorCode(), body.errorId());
  }

  private static OktaFailure transientFailure(String message, OktaErrorBody body) {
    return new OktaFailure.Transient(message, body.errorCode(), body.errorId());
  }

  private static OktaFailure rateLimited(String message, OktaErrorBody body, Response response) {
    String reset = response.getHeaderString(RateLimitFilter.RESET);
    Instant resetAt =
        reset == null ? Instant.now().plusSeconds(60) : Instant.ofEpochSecond(parse(reset));
    return new OktaFailure.RateLimited(message, body.errorCode(), body.errorId(), resetAt);
  }

  private static long parse(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return Instant.now().plusSeconds(60).getEpochSecond();
    }
  }

  private static OktaErrorBody readBody(Response response) {
    try {
      OktaErrorBody body = response.readEntity(OktaErrorBody.class);
      return body == null ? empty() : body;
    } catch (RuntimeException notOktasBody) {
      return empty();
    }
  }

  private static OktaErrorBody empty() {
    return new OktaErrorBody(null, null, null, List.of());
  }
}
