package io.oktaadapter.application.service.events;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the event-hook flow, built by bootstrap from configuration.
 *
 * @param fallbackSource CloudEvents source when a delivery does not name its Okta org
 * @param publishedTypes event types to publish: exact types or prefixes ending in {@code *}; empty
 *     publishes every type
 * @param quarantineBodyLimit how many characters of a refused body are kept
 * @param retention how long received events are kept for redelivery
 */
public record EventHookSettings(
    URI fallbackSource, List<String> publishedTypes, int quarantineBodyLimit, Duration retention) {

  public EventHookSettings {
    Objects.requireNonNull(fallbackSource, "fallbackSource");
    publishedTypes = List.copyOf(publishedTypes);
    Objects.requireNonNull(retention, "retention");
    if (quarantineBodyLimit < 1) {
      throw new IllegalArgumentException("quarantineBodyLimit must be positive");
    }
  }

  /** Whether events of this type are published (the filter), rather than only stored. */
  public boolean publishes(String eventType) {
    if (publishedTypes.isEmpty()) {
      return true;
    }
    return publishedTypes.stream()
        .anyMatch(
            p ->
                p.endsWith("*")
                    ? eventType.startsWith(p.substring(0, p.length() - 1))
                    : eventType.equals(p));
  }
}
