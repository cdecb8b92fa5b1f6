package io.oktaadapter.simulator.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.Json;
import io.oktaadapter.simulator.org.Org;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Simulator calling side for event hooks: Okta's one-time verification GET and batched System Log
 * deliveries (POST) to a registered hook, with its configured headers.
 */
public final class EventHookCaller {
  private final Org org;
  private final HookTransport transport;
  private final Supplier<String> orgUrl;

  public EventHookCaller(Org org, HookTransport transport, Supplier<String> orgUrl) {
    this.org = org;
    this.transport = transport;
    this.orgUrl = orgUrl;
  }

  /** Sends the verification GET; on success the hook becomes VERIFIED. */
  public CompletableFuture<HookResult> verify(String hookId) {
    ObjectNode hook = org.eventHooks.require(hookId);
    String challenge = UUID.randomUUID().toString();
    HttpRequest.Builder request = request(hook).GET();
    request.header("x-okta-verification-challenge", challenge);
    return transport
        .send(request, true, (status, body) -> echoes(body, challenge))
        .thenApply(
            result -> {
              if (result.success()) {
                markVerified(hookId);
              }
              return result;
            });
  }

  /**
   * POSTs one delivery with the given System Log events in Okta's envelope.
   *
   * @throws IllegalStateException if the hook is not ACTIVE and VERIFIED (Okta would not send)
   */
  public CompletableFuture<HookResult> deliver(String hookId, List<? extends JsonNode> events) {
    ObjectNode hook = org.eventHooks.require(hookId);
    if (!"ACTIVE".equals(hook.path("status").asText())
        || !"VERIFIED".equals(hook.path("verificationStatus").asText())) {
      throw new IllegalStateException("Okta only delivers to ACTIVE and VERIFIED event hooks");
    }
    String body = Json.write(envelope(hookId, events));
    HttpRequest.Builder request = request(hook).POST(HttpRequest.BodyPublishers.ofString(body));
    request.header("Content-Type", "application/json");
    return transport.send(request, true, (status, answer) -> true);
  }

  ObjectNode envelope(String hookId, List<? extends JsonNode> events) {
    ObjectNode envelope = Json.object();
    envelope.put("eventType", "com.okta.event_hook");
    envelope.put("eventTypeVersion", "1.0");
    envelope.put("cloudEventsVersion", "0.1");
    envelope.put("source", orgUrl.get() + "/api/v1/eventHooks/" + hookId);
    envelope.put("eventId", UUID.randomUUID().toString());
    envelope.put("eventTime", Instant.now().toString());
    envelope.put("contentType", "application/json");
    var array = envelope.putObject("data").putArray("events");
    events.forEach(array::add);
    return envelope;
  }

  private HttpRequest.Builder request(ObjectNode hook) {
    HookTarget target = HookTarget.of(hook, org.secrets().get(hook.get("id").asText()));
    HttpRequest.Builder request = HttpRequest.newBuilder(target.uri());
    request.header("Accept", "application/json");
    target.headers().forEach(request::header);
    return request;
  }

  private static boolean echoes(String body, String challenge) {
    try {
      return challenge.equals(Json.MAPPER.readTree(body).path("verification").asText());
    } catch (Exception e) {
      return false;
    }
  }

  private void markVerified(String hookId) {
    synchronized (org.eventHooks) {
      org.eventHooks
          .find(hookId)
          .ifPresent(
              hook -> {
                hook.put("verificationStatus", "VERIFIED");
                org.eventHooks.replace(hook);
              });
    }
  }
}
