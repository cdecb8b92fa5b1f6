package io.oktaadapter.adapters.in.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oktaadapter.application.port.out.events.OktaEventReader;
import io.oktaadapter.domain.FieldViolation;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.event.EventDelivery;
import io.oktaadapter.domain.event.EventParty;
import io.oktaadapter.domain.event.OktaEvent;
import io.oktaadapter.domain.event.RejectedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Webhook adapter: reads Okta's event-hook envelope. Lenient where Okta's payloads vary (null
 * actor, target or debugContext; any case of outcome.result; unknown fields), strict about what the
 * adapter relies on: the events array and each event's uuid, eventType and published. An envelope
 * that cannot be read fails the whole delivery; an event that fails validation is returned as a
 * {@link RejectedEvent}, so that its neighbours are still stored. Also the {@link OktaEventReader}
 * of quarantine reprocessing, so that both go through the same rules.
 */
@ApplicationScoped
class EventDeliveryParser implements OktaEventReader {

  private final ObjectMapper json;

  EventDeliveryParser(ObjectMapper json) {
    this.json = json;
  }

  /**
   * @throws InvalidFieldException naming the offending field
   * @throws IOException when the body is not JSON
   */
  EventDelivery parse(byte[] body, Instant receivedAt) throws IOException {
    JsonNode root = json.readTree(body);
    if (root == null || !root.isObject()) {
      throw new InvalidFieldException("", "the body must be a JSON object");
    }
    JsonNode events = root.path("data").path("events");
    if (!events.isArray()) {
      throw new InvalidFieldException("data.events", "must be an array of System Log events");
    }
    List<OktaEvent> parsed = new ArrayList<>(events.size());
    List<RejectedEvent> rejected = null;
    for (int i = 0; i < events.size(); i++) {
      JsonNode event = events.get(i);
      int index = i;
      try {
        parsed.add(OktaEvent.atIndex(index, () -> event(event)));
      } catch (InvalidFieldException e) {
        if (rejected == null) {
          rejected = new ArrayList<>();
        }
        rejected.add(rejected(index, event, e));
      }
    }
    return new EventDelivery(
        text(root, "eventId"), text(root, "source"), receivedAt, parsed, rejected);
  }

  @Override
  public OktaEvent readEvent(String body) {
    JsonNode node;
    try {
      node = json.readTree(body);
    } catch (IOException e) {
      throw new InvalidFieldException("", "the event is not valid JSON");
    }
    if (node == null) {
      throw new InvalidFieldException("", "the event is not valid JSON");
    }
    return event(node);
  }

  @Override
  public EventDelivery readDelivery(String body, Instant receivedAt) {
    try {
      return parse(body.getBytes(StandardCharsets.UTF_8), receivedAt);
    } catch (IOException e) {
      throw new InvalidFieldException("", "the delivery is not valid JSON");
    }
  }

  private RejectedEvent rejected(int index, JsonNode event, InvalidFieldException e) {
    FieldViolation first = e.violations().get(0);
    String reason =
        e.violations().stream()
            .map(v -> v.field().isEmpty() ? v.reason() : v.field() + ": " + v.reason())
            .collect(Collectors.joining("; "));
    String raw;
    try {
      raw = json.writeValueAsString(event);
    } catch (JsonProcessingException impossible) {
      raw = String.valueOf(event);
    }
    return new RejectedEvent(
        index,
        event.isObject() ? usable(text(event, "uuid"), 100) : null,
        event.isObject() ? usable(text(event, "eventType"), 200) : null,
        first.field(),
        reason,
        raw);
  }

  /** A value kept for operators to search by: only when short enough to be an id. */
  private static String usable(String value, int max) {
    return value == null || value.isBlank() || value.length() > max ? null : value;
  }

  private OktaEvent event(JsonNode node) {
    if (!node.isObject()) {
      throw new InvalidFieldException("", "must be a System Log event object");
    }
    List<EventParty> targets = new ArrayList<>();
    JsonNode target = node.path("target");
    if (target.isArray()) {
      target.forEach(t -> targets.add(party(t)));
    }
    try {
      return new OktaEvent(
          text(node, "uuid"),
          text(node, "eventType"),
          published(node),
          node.path("actor").isObject() ? party(node.get("actor")) : null,
          targets,
          text(node.path("outcome"), "result"),
          json.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed JSON tree always serialises", e);
    }
  }

  private static Instant published(JsonNode node) {
    String value = text(node, "published");
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(
          "published", "must be an ISO-8601 timestamp such as 2026-11-24T10:00:00.000Z");
    }
  }

  private static EventParty party(JsonNode node) {
    return new EventParty(
        text(node, "id"), text(node, "type"), text(node, "alternateId"), text(node, "displayName"));
  }

  // Okta's examples mix strings and numbers for some fields; any scalar is read as text.
  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
  }
}
