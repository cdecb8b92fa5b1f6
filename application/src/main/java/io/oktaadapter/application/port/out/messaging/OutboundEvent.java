package io.oktaadapter.application.port.out.messaging;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An event to publish, in CloudEvents 1.0 terms, addressed to a logical stream. The outbox stores
 * it with the state change that caused it; the relay publishes it afterwards.
 *
 * @param stream logical stream, mapped to a Kafka topic by the messaging adapter (for example
 *     {@link EventStream#TENANT_EVENTS})
 * @param key partition key: events with one key keep their order
 * @param id CloudEvents {@code id}, unique per source; consumers de-duplicate by it
 * @param subject CloudEvents {@code subject}, or {@code null}
 * @param extensions CloudEvents extension attributes (lowercase alphanumeric names)
 * @param data the JSON payload; never a secret
 */
public record OutboundEvent(
    EventStream stream,
    String key,
    String id,
    URI source,
    String type,
    String subject,
    Instant time,
    Map<String, String> extensions,
    String data) {

  private static final Pattern EXTENSION_NAME = Pattern.compile("[a-z0-9]{1,20}");

  public OutboundEvent {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(data, "data");
    extensions = Map.copyOf(new TreeMap<>(Objects.requireNonNull(extensions, "extensions")));
    for (String name : extensions.keySet()) {
      if (!EXTENSION_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "CloudEvents extension names are 1-20 lowercase letters or digits: " + name);
      }
    }
  }
}
