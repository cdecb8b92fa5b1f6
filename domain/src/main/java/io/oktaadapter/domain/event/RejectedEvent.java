package io.oktaadapter.domain.event;

import java.util.Objects;

/**
 * Value object: one event of a readable delivery that failed validation. It is quarantined on its
 * own while the delivery's valid events are stored (one bad event must not cost its neighbours).
 *
 * @param index the event's position in {@code data.events}
 * @param uuid the event's uuid as sent, when it had a usable one, else null
 * @param eventType the event's type as sent, when it had a usable one, else null
 * @param field the offending field, e.g. {@code data.events[2].published}
 * @param reason what is wrong with it, in words (never the rejected value)
 * @param json the event as received
 */
public record RejectedEvent(
    int index, String uuid, String eventType, String field, String reason, String json) {

  public RejectedEvent {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative");
    }
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(json, "json");
  }

  /** The reason as shown to operators: the field and what is wrong with it. */
  public String describe() {
    return field.isEmpty() ? reason : field + ": " + reason;
  }
}
