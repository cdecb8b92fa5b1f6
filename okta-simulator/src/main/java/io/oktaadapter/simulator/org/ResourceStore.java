package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.Json;
import io.oktaadapter.simulator.http.OktaErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Simulator storage: the in-memory resources of one type, in creation order. */
public final class ResourceStore {
  private final String type;
  private final Map<String, Stored> entries = new LinkedHashMap<>();
  private long sequence;

  public ResourceStore(String type) {
    this.type = type;
  }

  public synchronized void add(ObjectNode json, long visibleAtMillis) {
    Stored stored = new Stored(++sequence, json, visibleAtMillis);
    entries.put(stored.id(), stored);
  }

  public synchronized Optional<ObjectNode> find(String id) {
    Stored stored = entries.get(id);
    return stored == null ? Optional.empty() : Optional.of(stored.json().deepCopy());
  }

  /** Returns a copy of the resource or throws Okta's not-found error. */
  public ObjectNode require(String id) {
    return find(id).orElseThrow(() -> OktaErrors.notFound(type + " (" + id + ")"));
  }

  public synchronized void replace(ObjectNode json) {
    String id = json.path("id").asText();
    Stored old = entries.get(id);
    if (old == null) {
      throw OktaErrors.notFound(type + " (" + id + ")");
    }
    entries.put(id, new Stored(old.seq(), json, old.visibleAtMillis()));
  }

  public synchronized boolean remove(String id) {
    return entries.remove(id) != null;
  }

  /** Entries that list and search results show at the given real time (eventual consistency). */
  public synchronized List<Stored> visible(long nowMillis) {
    List<Stored> result = new ArrayList<>();
    for (Stored stored : entries.values()) {
      if (stored.visibleAtMillis() <= nowMillis) {
        result.add(new Stored(stored.seq(), stored.json().deepCopy(), stored.visibleAtMillis()));
      }
    }
    return result;
  }

  public synchronized void clear() {
    entries.clear();
  }

  public synchronized ArrayNode dump() {
    ArrayNode array = Json.array();
    entries.values().forEach(stored -> array.add(stored.json().deepCopy()));
    return array;
  }
}
