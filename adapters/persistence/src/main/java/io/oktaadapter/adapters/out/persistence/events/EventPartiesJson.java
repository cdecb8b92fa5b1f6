package io.oktaadapter.adapters.out.persistence.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oktaadapter.domain.event.EventParty;
import java.util.List;

/** Persistence adapter: stores an event's actor and targets as small JSON documents. */
final class EventPartiesJson {

  private static final TypeReference<List<EventParty>> PARTIES = new TypeReference<>() {};

  private final ObjectMapper json;

  EventPartiesJson(ObjectMapper json) {
    this.json = json;
  }

  String write(Object value) {
    try {
      return value == null ? null : json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event parties always serialise", e);
    }
  }

  EventParty readParty(String value) {
    try {
      return value == null ? null : json.readValue(value, EventParty.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored actor is unreadable", e);
    }
  }

  List<EventParty> readParties(String value) {
    try {
      return json.readValue(value, PARTIES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored targets are unreadable", e);
    }
  }
}
