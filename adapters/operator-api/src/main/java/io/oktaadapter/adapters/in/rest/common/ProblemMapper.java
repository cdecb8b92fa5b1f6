package io.oktaadapter.adapters.in.rest.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.oktaadapter.application.common.AliasHasApplicationsException;
import io.oktaadapter.application.common.AliasInUseException;
import io.oktaadapter.application.common.AlreadyExistsException;
import io.oktaadapter.application.common.ConcurrentChangeException;
import io.oktaadapter.application.common.IdempotencyKeyInUseException;
import io.oktaadapter.application.common.IdempotencyKeyReusedException;
import io.oktaadapter.application.common.NotFoundException;
import io.oktaadapter.application.port.out.okta.OktaFailure;
import io.oktaadapter.application.security.AccessDeniedException;
import io.oktaadapter.domain.IllegalStatusTransitionException;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.tenant.TenantNotFoundException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * REST adapter: the one place where exceptions become {@code application/problem+json} responses
 * (RFC 9457). Unknown failures are logged with an error id that the body repeats, so operators can
 * find the log line without the body revealing internals.
 */
public class ProblemMapper {

  @ServerExceptionMapper
  public Response invalidInput(InvalidFieldException e, UriInfo uri) {
    List<Problem.FieldError> errors =
        e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.reason())).toList();
    return respond(
        ProblemTypes.INVALID_INPUT,
        "Invalid input",
        400,
        errors.size() == 1
            ? errors.get(0).field() + " " + errors.get(0).message()
            : "The request has " + errors.size() + " invalid fields.",
        uri,
        errors);
  }

  @ServerExceptionMapper
  public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
    String where =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    return respond(
        ProblemTypes.INVALID_INPUT,
        "Malformed JSON",
        400,
        "The request body is not valid JSON for this endpoint" + where + ".",
        uri,
        null);
  }

  @ServerExceptionMapper
  public Response tenantNotFound(TenantNotFoundException e, UriInfo uri) {
    return respond(ProblemTypes.NOT_FOUND, "Tenant not found", 404, e.getMessage(), uri, null);
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundException e, UriInfo uri) {
    return respond(ProblemTypes.NOT_FOUND, "Not found", 404, e.getMessage(), uri, null);
  }

  @ServerExceptionMapper
  public Response accessDenied(AccessDeniedException e, UriInfo uri) {
    List<Problem.FieldError> fields =
        e.fields().isEmpty()
            ? null
            : e.fields().stream().map(f -> new Problem.FieldError(f.field(), f.reason())).toList();
    return respond(ProblemTypes.FORBIDDEN, "Forbidden", 403, e.getMessage(), uri, fields);
  }

  @ServerExceptionMapper
  public Response readOnlyOrUnknownField(UnrecognizedPropertyException e, UriInfo uri) {
    String field = e.getPropertyName();
    return respond(
        ProblemTypes.INVALID_INPUT,
        "Invalid input",
        400,
        field + " is read-only or unknown and cannot be set",
        uri,
        List.of(new Problem.FieldError(field, "is read-only or unknown and cannot be set")));
  }

  @ServerExceptionMapper
  public Response alreadyExists(AlreadyExistsException e, UriInfo uri) {
    return respond(ProblemTypes.CONFLICT, "Already exists", 409, e.getMessage(), uri, null);
  }

  @ServerExceptionMapper
  public Response aliasInUse(AliasInUseException e, UriInfo uri) {
    List<Problem.FieldError> errors =
        e.aliases().stream()
            .map(a -> new Problem.FieldError("aliases", a + " is already used by another tenant"))
            .toList();
    return respond(
        ProblemTypes.CONFLICT,
        "Alias in use",
        409,
        e.getMessage() + "; an alias belongs to one tenant only.",
        uri,
        errors.isEmpty() ? null : errors);
  }

  @ServerExceptionMapper
  public Response aliasHasApplications(AliasHasApplicationsException e, UriInfo uri) {
    List<Problem.FieldError> errors =
        e.applicationsByAlias().entrySet().stream()
            .map(
                a ->
                    new Problem.FieldError(
                        "aliases",
                        a.getKey() + " is used by applications " + String.join(", ", a.getValue())))
            .toList();
    return respond(
        ProblemTypes.CONFLICT, "Alias used by applications", 409, e.getMessage(), uri, errors);
  }

  @ServerExceptionMapper
  public Response idempotencyKeyInUse(IdempotencyKeyInUseException e, UriInfo uri) {
    return respond(
        ProblemTypes.CONFLICT,
        "Idempotency-Key in use",
        409,
        "A request with this Idempotency-Key is being processed at this moment; retry once it has"
            + " finished to get its result.",
        uri,
        null);
  }

  @ServerExceptionMapper
  public Response idempotencyKeyReused(IdempotencyKeyReusedException e, UriInfo uri) {
    return respond(
        ProblemTypes.IDEMPOTENCY_KEY_REUSED,
        "Idempotency-Key reused",
        422,
        "This Idempotency-Key was already used with a different request; use a new key.",
        uri,
        null);
  }

  @ServerExceptionMapper
  public Response illegalTransition(IllegalStatusTransitionException e, UriInfo uri) {
    return respond(
        ProblemTypes.CONFLICT, "Not allowed in this state", 409, e.getMessage(), uri, null);
  }

  @ServerExceptionMapper
  public Response concurrentChange(ConcurrentChangeException e, UriInfo uri) {
    return respond(
        ProblemTypes.CONFLICT,
        "Concurrent change",
        409,
        "The resource was changed by someone else; read it again and retry.",
        uri,
        null);
  }

  @ServerExceptionMapper
  public Response oktaFailure(OktaFailure e, UriInfo uri) {
    int status = e instanceof OktaFailure.Validation ? 422 : e.isRetryable() ? 503 : 502;
    String code = e.errorCode().map(c -> " (" + c + ")").orElse("");
    Log.warnf("Okta refused a request%s: %s", code, e.getMessage());
    return respond(
        status == 503 ? ProblemTypes.UNAVAILABLE : ProblemTypes.OKTA_REFUSED,
        "Okta refused the request",
        status,
        "Okta answered" + code + ": " + e.getMessage(),
        uri,
        null);
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e, uri);
    }
    String title = e.getResponse().getStatusInfo().getReasonPhrase();
    URI type = status == 404 ? ProblemTypes.NOT_FOUND : URI.create("about:blank");
    return respond(type, title, status, title + ".", uri, null);
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e, UriInfo uri) {
    String errorId = UUID.randomUUID().toString();
    Log.errorf(e, "Unexpected failure on %s, error id %s", uri.getPath(), errorId);
    return respond(
        ProblemTypes.INTERNAL,
        "Internal error",
        500,
        "The request failed unexpectedly; quote error id " + errorId + " to the operators.",
        uri,
        null);
  }

  private static Response respond(
      URI type,
      String title,
      int status,
      String detail,
      UriInfo uri,
      List<Problem.FieldError> errors) {
    URI instance = uri == null ? null : URI.create(uri.getRequestUri().getRawPath());
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem(type, title, status, detail, instance, errors))
        .build();
  }
}
