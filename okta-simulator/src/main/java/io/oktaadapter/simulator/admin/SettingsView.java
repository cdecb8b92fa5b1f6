package io.oktaadapter.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.RateBucket;
import io.oktaadapter.simulator.RateLimitTier;
import io.oktaadapter.simulator.http.Json;
import io.oktaadapter.simulator.traffic.ScaledClock;
import io.oktaadapter.simulator.traffic.TrafficSettings;

/** Simulator admin settings: reads and partially updates traffic settings as JSON. */
final class SettingsView {
  private final TrafficSettings settings;
  private final ScaledClock clock;

  SettingsView(TrafficSettings settings, ScaledClock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  ObjectNode read() {
    ObjectNode view = Json.object();
    view.put("tier", settings.tier().name());
    view.put("timeScale", clock.scale());
    view.put("latencyMs", settings.latencyMillis());
    view.put("consistencyDelayMs", settings.consistencyDelayMillis());
    view.put("concurrencyLimit", settings.concurrencyLimit());
    ObjectNode limits = view.putObject("limits");
    for (RateBucket bucket : RateBucket.values()) {
      limits.put(bucket.name(), settings.limit(bucket));
    }
    return view;
  }

  /** Applies the fields present: tier first, since choosing a tier drops overrides. */
  void apply(JsonNode body) {
    if (body.hasNonNull("tier")) {
      settings.setTier(RateLimitTier.valueOf(body.get("tier").asText()));
    }
    if (body.hasNonNull("timeScale")) {
      clock.setScale(body.get("timeScale").asDouble());
    }
    if (body.hasNonNull("latencyMs")) {
      settings.setLatencyMillis(body.get("latencyMs").asLong());
    }
    if (body.hasNonNull("consistencyDelayMs")) {
      settings.setConsistencyDelayMillis(body.get("consistencyDelayMs").asLong());
    }
    if (body.hasNonNull("concurrencyLimit")) {
      settings.setConcurrencyLimit(body.get("concurrencyLimit").asInt());
    }
    body.path("limits")
        .properties()
        .forEach(e -> settings.setLimit(RateBucket.valueOf(e.getKey()), e.getValue().asInt()));
  }
}
