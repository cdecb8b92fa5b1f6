package io.oktaadapter.adapters.in.rest.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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
import io.quarkus.resteasy.reactive.server.runtime.exceptionmappers.AuthenticationFailedExceptionMapper;
import io.quarkus.resteasy.reactive.server.runtime.exceptionmappers.UnauthorizedExceptionMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * REST adapter: the one place where exceptions become {@code application/problem+json} responses
 * (RFC 9457). Unknown failures are logged with an error id that the body repeats, so operators can
 * find the log line without the body revealing internals.
 */
public class ProblemMapper {

  @Inject AuthFailureThrottle throttle;

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
    String duplicate = duplicateKey(e);
    if (duplicate != null) {
      return respond(
          ProblemTypes.INVALID_INPUT,
          "Invalid input",
          400,
          duplicate + " appears more than once in the body",
          uri,
          List.of(new Problem.FieldError(duplicate, "appears more than once in the body")));
    }
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

  /**
   * A value of the wrong JSON type ({@code "key":[1]}, {@code "limit":"ten"}): 400 naming the field
   * and the expected kind of value, never Jackson's message or a Java type. Registered ahead of
   * quarkus-rest-jackson's own mapper, which answers with a body of its own.
   */
  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return readOnlyOrUnknownField(unknown, uri);
    }
    String field = path(e.getPath());
    String message = "must be " + kindOf(e.getTargetType());
    if (field.isEmpty()) {
      return respond(
          ProblemTypes.INVALID_INPUT,
          "Invalid input",
          400,
          "The request body " + message + ".",
          uri,
          null);
    }
    return respond(
        ProblemTypes.INVALID_INPUT,
        "Invalid input",
        400,
        field + " " + message,
        uri,
        List.of(new Problem.FieldError(field, message)));
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String kindOf(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
      return "a number in range";
    }
    if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  /** The key Jackson's duplicate detection refused, or null for other parse failures. */
  private static String duplicateKey(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null || !message.startsWith("Duplicate field '")) {
      return null;
    }
    int end = message.indexOf('\'', "Duplicate field '".length());
    String key = end < 0 ? "" : message.substring("Duplicate field '".length(), end);
    // Only a plain key is repeated back; anything else is named generically.
    return key.matches("[A-Za-z0-9_.-]{1,100}") ? key : "a key";
  }

  /**
   * No or an invalid bearer token (authentication runs lazily, inside RESTEasy, so its failures
   * reach this mapper): 401 with the challenge, never the verifier's reason.
   */
  @ServerExceptionMapper({
    io.quarkus.security.AuthenticationFailedException.class,
    io.quarkus.security.UnauthorizedException.class
  })
  public Uni<Response> unauthenticated(
      RuntimeException e, UriInfo uri, HttpServerRequest request, RoutingContext routing) {
    if (uri != null && uri.getPath().startsWith("/ui")) {
      // The web UI's code flow answers with its own challenge (a redirect to the sign-in page),
      // sent by Quarkus' own mappers as when no mapper of ours is registered.
      return e instanceof io.quarkus.security.AuthenticationFailedException failed
          ? new AuthenticationFailedExceptionMapper().handle(routing, failed)
          : new UnauthorizedExceptionMapper().handle(routing);
    }
    return Uni.createFrom().item(unauthenticatedOrThrottled(uri, request));
  }

  /**
   * 401 with the challenge, or 429 with {@code Retry-After} once the client's address has spent its
   * budget of failed authentications on the operator API ({@link AuthFailureThrottle}).
   */
  private Response unauthenticatedOrThrottled(UriInfo uri, HttpServerRequest request) {
    if (uri != null
        && uri.getPath().startsWith("/api/")
        && request != null
        && request.remoteAddress() != null) {
      Optional<Duration> retryAfter = throttle.failure(request.remoteAddress().hostAddress());
      if (retryAfter.isPresent()) {
        long seconds = Math.max(1, (retryAfter.get().toMillis() + 999) / 1000);
        return Response.fromResponse(
                respond(
                    ProblemTypes.TOO_MANY_REQUESTS,
                    "Too many requests",
                    429,
                    "Too many requests without a valid bearer token from this address; retry after "
                        + seconds
                        + " seconds.",
                    uri,
                    null))
            .header("Retry-After", Long.toString(seconds))
            .build();
      }
    }
    return Response.fromResponse(
            respond(
                ProblemTypes.UNAUTHENTICATED,
                "Unauthenticated",
                401,
                "A valid bearer token is required.",
                uri,
                null))
        .header("WWW-Authenticate", "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response roleMissing(io.quarkus.security.ForbiddenException e, UriInfo uri) {
    return respond(
        ProblemTypes.FORBIDDEN, "Forbidden", 403, "This role may not do this.", uri, null);
  }

  /** A body the client broke off or that cannot be read as declared: the client's fault. */
  @ServerExceptionMapper
  public Response unreadableBody(java.io.IOException e, UriInfo uri) {
    if (e instanceof JsonProcessingException json) {
      return unreadableJson(json, uri);
    }
    return respond(
        ProblemTypes.INVALID_INPUT,
        "Invalid input",
        400,
        "The request body could not be read.",
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
  public Response webApplication(
      WebApplicationException e, UriInfo uri, HttpServerRequest request) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e, uri);
    }
    // A body reader that wrapped Jackson's failure: answer it as the failure itself.
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof MismatchedInputException mismatch) {
        return mismatchedInput(mismatch, uri);
      }
      if (cause instanceof JsonProcessingException json) {
        return unreadableJson(json, uri);
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    String title = e.getResponse().getStatusInfo().getReasonPhrase();
    return switch (status) {
      case 400 ->
          respond(
              ProblemTypes.INVALID_INPUT,
              "Invalid input",
              400,
              "The request is malformed.",
              uri,
              null);
      case 401 -> unauthenticatedOrThrottled(uri, request);
      case 403 ->
          respond(
              ProblemTypes.FORBIDDEN, "Forbidden", 403, "This role may not do this.", uri, null);
      case 404 ->
          respond(
              ProblemTypes.NOT_FOUND,
              "Not found",
              404,
              "Nothing is served at this path.",
              uri,
              null);
      case 405 ->
          respond(
              ProblemTypes.METHOD_NOT_ALLOWED,
              "Method not allowed",
              405,
              "This path does not accept this HTTP method; see the OpenAPI document.",
              uri,
              null);
      case 406 ->
          respond(
              ProblemTypes.NOT_ACCEPTABLE,
              "Not acceptable",
              406,
              "This path answers application/json only; send Accept: application/json.",
              uri,
              List.of(new Problem.FieldError("Accept", "must allow application/json")));
      case 413 ->
          respond(
              ProblemTypes.PAYLOAD_TOO_LARGE,
              "Payload too large",
              413,
              "The request body is larger than this path accepts.",
              uri,
              null);
      case 415 ->
          respond(
              ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
              "Unsupported media type",
              415,
              "The request body must be application/json.",
              uri,
              List.of(new Problem.FieldError("Content-Type", "must be application/json")));
      default -> respond(URI.create("about:blank"), title, status, title + ".", uri, null);
    };
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
