package io.oktaadapter.simulator.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Simulator hook addressing: the URI and headers (auth included) configured on a hook channel. */
public record HookTarget(URI uri, Map<String, String> headers) {
  public HookTarget {
    headers = Map.copyOf(headers);
  }

  /** Reads {@code channel.config} of a stored hook plus its write-only auth value. */
  public static HookTarget of(JsonNode hook, String authValue) {
    JsonNode config = hook.at("/channel/config");
    Map<String, String> headers = new LinkedHashMap<>();
    config
        .path("headers")
        .forEach(h -> headers.put(h.path("key").asText(), h.path("value").asText()));
    String authKey = config.at("/authScheme/key").asText("");
    if (!authKey.isEmpty() && authValue != null) {
      headers.put(authKey, authValue);
    }
    return new HookTarget(URI.create(config.path("uri").asText()), headers);
  }
}
