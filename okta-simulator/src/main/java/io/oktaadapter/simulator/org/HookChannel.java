package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.OktaErrors;
import java.util.Set;

/**
 * Simulator hook channel rules: validates {@code channel} of event and inline hooks and keeps
 * {@code authScheme.value} write-only (stored aside, never returned).
 */
final class HookChannel {
  private HookChannel() {}

  /** Returns the channel to store, minus the secret, which goes into the org's secrets. */
  static ObjectNode accept(Org org, String hookId, JsonNode body, Set<String> channelTypes) {
    JsonNode channel = body.path("channel");
    if (!channel.isObject() || !channelTypes.contains(channel.path("type").asText())) {
      throw OktaErrors.validation("channel", "channel.type: must be one of " + channelTypes);
    }
    ApiKit.required(channel, "version");
    String uri = ApiKit.required(channel, "config.uri");
    // Okta demands https; the simulator also accepts http so local test endpoints can be used.
    if (!uri.startsWith("https://") && !uri.startsWith("http://")) {
      throw OktaErrors.validation("uri", "uri: The URI must use https");
    }
    ObjectNode stored = ((ObjectNode) channel).deepCopy();
    ObjectNode config = stored.withObjectProperty("config");
    config.putIfAbsent("method", config.textNode("POST"));
    if (!config.has("headers")) {
      config.putArray("headers");
    }
    JsonNode auth = config.path("authScheme");
    if (auth.isObject() && auth.has("value")) {
      org.secrets().put(hookId, auth.get("value").asText());
      ((ObjectNode) auth).remove("value");
    }
    return stored;
  }
}
