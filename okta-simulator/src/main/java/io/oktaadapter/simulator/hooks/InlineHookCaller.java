package io.oktaadapter.simulator.hooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.Json;
import io.oktaadapter.simulator.org.Org;
import java.net.http.HttpRequest;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Simulator calling side for inline hooks: POSTs a request body to a registered inline hook with
 * its configured headers, retrying as Okta does (never for token and telephony hooks).
 */
public final class InlineHookCaller {
  private static final Set<String> NEVER_RETRIED =
      Set.of("com.okta.oauth2.tokens.transform", "com.okta.telephony.provider");
  private final Org org;
  private final HookTransport transport;

  public InlineHookCaller(Org org, HookTransport transport) {
    this.org = org;
    this.transport = transport;
  }

  /** Calls the hook; build bodies with {@link InlineHookRequests}. */
  public CompletableFuture<HookResult> call(String hookId, ObjectNode requestBody) {
    ObjectNode hook = org.inlineHooks.require(hookId);
    if (!"ACTIVE".equals(hook.path("status").asText())) {
      throw new IllegalStateException("Okta only calls ACTIVE inline hooks");
    }
    HookTarget target = HookTarget.of(hook, org.secrets().get(hookId));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target.uri())
            .POST(HttpRequest.BodyPublishers.ofString(Json.write(requestBody)));
    request.header("Accept", "application/json");
    request.header("Content-Type", "application/json");
    target.headers().forEach(request::header);
    boolean mayRetry = !NEVER_RETRIED.contains(hook.path("type").asText());
    return transport.send(request, mayRetry, (status, body) -> true);
  }
}
