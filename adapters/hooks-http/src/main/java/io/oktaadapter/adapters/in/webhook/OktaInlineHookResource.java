package io.oktaadapter.adapters.in.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oktaadapter.domain.hook.InlineHookType;
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

/**
 * Webhook adapter: Okta's inline-hook endpoints. Authenticates per the hook type's method, answers
 * data problems with Okta's {@code error} object (HTTP 200) and uses other statuses only when the
 * call cannot be processed: 401 unauthenticated, 503 secrets unavailable, 413 too large, 400 not
 * JSON or another hook type's request.
 */
@Path("/hooks/okta/inline")
class OktaInlineHookResource {

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
  public Response token(@Context HttpHeaders headers, byte[] body) {
    return handle("token", InlineHookType.TOKEN, headers, body, decisions::token);
  }

  @POST
  @Path("registration")
  @Consumes(MediaType.WILDCARD)
  public Response registration(@Context HttpHeaders headers, byte[] body) {
    return handle(
        "registration", InlineHookType.REGISTRATION, headers, body, decisions::registration);
  }

  @POST
  @Path("import")
  @Consumes(MediaType.WILDCARD)
  public Response userImport(@Context HttpHeaders headers, byte[] body) {
    return handle("import", InlineHookType.USER_IMPORT, headers, body, decisions::userImport);
  }

  @POST
  @Path("saml")
  @Consumes(MediaType.WILDCARD)
  public Response saml(@Context HttpHeaders headers, byte[] body) {
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

  // Decisions from the in-memory read model: made on the request thread.
  private Response handle(
      String key,
      InlineHookType type,
      HttpHeaders headers,
      byte[] body,
      Function<JsonNode, InlineReply> decide) {
    return answer(
        key,
        type,
        headers,
        body,
        request -> deadline.decideInMemory(key, () -> decide.apply(request)));
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
        request -> deadline.decide(key, gate -> decide.apply(request, gate)));
  }

  private Response answer(
      String key,
      InlineHookType type,
      HttpHeaders headers,
      byte[] body,
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
    if (body.length > config.maxBodyBytes()) {
      return refuse(key, 413, "too-large");
    }
    JsonNode request;
    try {
      request = json.readTree(body);
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
    return Response.status(status).build();
  }
}
