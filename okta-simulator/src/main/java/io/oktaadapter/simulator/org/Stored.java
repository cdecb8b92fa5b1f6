package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Simulator storage entry: a resource's public JSON with its insertion sequence (the pagination
 * cursor) and the real time from which list and search results show it.
 */
public record Stored(long seq, ObjectNode json, long visibleAtMillis) {
  public String id() {
    return json.path("id").asText();
  }
}
