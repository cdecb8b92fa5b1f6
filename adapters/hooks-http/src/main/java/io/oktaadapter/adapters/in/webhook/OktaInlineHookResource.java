package io.oktaadapter.adapters.in.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oktaadapter.domain.hook.InlineHookType;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Webhook adapter: Okta's inline-hook endpoints. Authenticates per the hook type's method, answers
 * data problems with Okta's {@code error} object (HTTP 200) and uses other statuses only when the
 * call cannot be processed: 401 unauthenticated, 503 secrets unavailable, 413 too large, 400 not
 * JSON or another hook type's request.
 */
@Path("/hooks/okta/inline")
class OktaInlineHookResource {

  private static final java.util.Map<String, String> REFUSALS =
      java.util.Map.of(
          "unauthenticated", "The hook's authorization header is missing or wrong.",
          "secrets-unavailable", "The hook secrets cannot be read at the moment; retry.",
          "too-large", "The body is larger than the hook accepts.",
          "not-json", "The body must be a JSON object.",
          "wrong-type", "The request's eventType belongs to another inline hook.",
          "unsupported-media-type", "The body must be application/json.");

  private final InlineHookAuthenticator authenticator;
  private final InlineHookDecisions decisions;
  private final InlineSecretHooks secretHooks;
  private final InlineDeadline deadline;
  private final InlineDecisionLog log;
  private final InlineHookConfig config;
  private final ObjectMapper json;

  OktaInlineHookResource(
      InlineHookAuthenticator authenticator,
      InlineHookDecisions decisions,
      InlineSecretHooks secretHooks,
      InlineDeadline deadline,
      InlineDecisionLog log,
      InlineHookConfig config,
      ObjectMapper json) {
    this.authenticator = authenticator;
    this.decisions = decisions;
    this.secretHooks = secretHooks;
    this.deadline = deadline;
    this.log = log;
    this.config = config;
    this.json = json;
  }

  @POST
  @Path("token")
  @Consumes(MediaType.WILDCARD)
  @NonBlocking
  public Uni<Response> token(@Context HttpHeaders headers, byte[] body) {
    return handle(
        "token",
        InlineHookType.TOKEN,
        headers,
        body,
        InlineHookDecisions.TOKEN_READS,
        decisions::token);
  }

  @POST
  @Path("registration")
  @Consumes(MediaType.WILDCARD)
  @NonBlocking
  public Uni<Response> registration(@Context HttpHeaders headers, byte[] body) {
    return handle(
        "registration", InlineHookType.REGISTRATION, headers, body, decisions::registration);
  }

  @POST
  @Path("import")
  @Consumes(MediaType.WILDCARD)
  @NonBlocking
  public Uni<Response> userImport(@Context HttpHeaders headers, byte[] body) {
    return handle("import", InlineHookType.USER_IMPORT, headers, body, decisions::userImport);
  }

  @POST
  @Path("saml")
  @Consumes(MediaType.WILDCARD)
  @NonBlocking
  public Uni<Response> saml(@Context HttpHeaders headers, byte[] body) {
    return handle("saml", InlineHookType.SAML, headers, body, decisions::saml);
  }

  @POST
  @Path("password-import")
  @Consumes(MediaType.WILDCARD)
  public Response passwordImport(@Context HttpHeaders headers, byte[] body) {
    return handle(
        "password-import",
        InlineHookType.PASSWORD_IMPORT,
        headers,
        body,
        (request, gate) -> secretHooks.passwordImport(request));
  }

  @POST
  @Path("telephony")
  @Consumes(MediaType.WILDCARD)
  public Response telephony(@Context HttpHeaders headers, byte[] body) {
    return handle("telephony", InlineHookType.TELEPHONY, headers, body, secretHooks::telephony);
  }

  // Decisions from the in-memory read model: made on the I/O thread that received the call, unless
  // authentication must first read the secret store (then on a worker thread, as the others).
  private Uni<Response> handle(
      String key,
      InlineHookType type,
      HttpHeaders headers,
      byte[] body,
      Function<JsonNode, InlineReply> decide) {
    return handle(key, type, headers, body, null, decide);
  }

  /**
   * @param reads the members the decision reads, or null for the whole request
   */
  private Uni<Response> handle(
      String key,
      InlineHookType type,
      HttpHeaders headers,
      byte[] body,
      JsonSelection reads,
      Function<JsonNode, InlineReply> decide) {
    Supplier<Response> answer =
        () ->
            answer(
                key,
                type,
                headers,
                body,
                reads,
                request -> deadline.decideInMemory(key, () -> decide.apply(request)));
    if (authenticator.answersFromMemory(key)) {
      return Uni.createFrom().item(answer.get());
    }
    return Uni.createFrom().item(answer).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
  }

  // Decisions that wait on I/O: made on the deadline pool, committing only through the gate.
  private Response handle(
      String key,
      InlineHookType type,
      HttpHeaders headers,
      byte[] body,
      BiFunction<JsonNode, CommitGate, InlineReply> decide) {
    return answer(
        key,
        type,
        headers,
        body,
        null,
        request -> deadline.decide(key, gate -> decide.apply(request, gate)));
  }

  private Response answer(
      String key,
      InlineHookType type,
      HttpHeaders headers,
      byte[] body,
      JsonSelection reads,
      Function<JsonNode, InlineReply> decideInTime) {
    long started = System.nanoTime();
    switch (authenticator.authenticate(key, headers.getHeaderString(config.auth().header()))) {
      case REJECTED:
        return refuse(key, 401, "unauthenticated");
      case UNAVAILABLE:
        return refuse(key, 503, "secrets-unavailable");
      default:
        break;
    }
    if (!HookGate.isJson(headers.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
      return refuse(key, 415, "unsupported-media-type");
    }
    if (body.length > config.maxBodyBytes()) {
      return refuse(key, 413, "too-large");
    }
    JsonNode request;
    try {
      request = reads == null ? json.readTree(body) : reads.read(json, body);
    } catch (IOException e) {
      return refuse(key, 400, "not-json");
    }
    if (request == null || !request.isObject()) {
      return refuse(key, 400, "not-json");
    }
    String eventType = InlineHookDecisions.text(request.path("eventType"));
    if (eventType != null && !eventType.equals(type.eventType())) {
      return refuse(key, 400, "wrong-type");
    }
    InlineReply reply = decideInTime.apply(request);
    log.record(
        key,
        InlineHookDecisions.text(request.path("eventId")),
        reply,
        java.time.Duration.ofNanos(System.nanoTime() - started));
    return Response.ok(reply.body(), MediaType.APPLICATION_JSON_TYPE).build();
  }

  private Response refuse(String key, int status, String outcome) {
    log.record(
        key, null, new InlineReply("", outcome, java.util.Map.of()), java.time.Duration.ZERO);
    return HookProblems.response(status, REFUSALS.getOrDefault(outcome, "Refused."), null, null);
  }
}
