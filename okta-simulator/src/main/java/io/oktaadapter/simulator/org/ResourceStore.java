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
import java.util.function.Predicate;

/**
 * Simulator storage: the in-memory resources of one type, in creation order. Writes store copies,
 * so stored trees never change in place; list reads share them read-only.
 */
public final class ResourceStore {
  private final String type;
  private final Map<String, Stored> entries = new LinkedHashMap<>();
  private long sequence;

  public ResourceStore(String type) {
    this.type = type;
  }

  public synchronized void add(ObjectNode json, long visibleAtMillis) {
    Stored stored = new Stored(++sequence, json.deepCopy(), visibleAtMillis);
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
    entries.put(id, new Stored(old.seq(), json.deepCopy(), old.visibleAtMillis()));
  }

  public synchronized boolean remove(String id) {
    return entries.remove(id) != null;
  }

  /**
   * Entries that list and search results show at the given real time (eventual consistency); the
   * trees are shared and must only be read.
   */
  public synchronized List<Stored> visible(long nowMillis) {
    List<Stored> result = new ArrayList<>();
    for (Stored stored : entries.values()) {
      if (stored.visibleAtMillis() <= nowMillis) {
        result.add(stored);
      }
    }
    return result;
  }

  /** Whether any entry (visible or not) matches; reads without copying. */
  public synchronized boolean anyMatch(Predicate<ObjectNode> predicate) {
    return entries.values().stream().anyMatch(stored -> predicate.test(stored.json()));
  }

  /** A copy of the first entry (visible or not) that matches. */
  public synchronized Optional<ObjectNode> findFirst(Predicate<ObjectNode> predicate) {
    return entries.values().stream()
        .map(Stored::json)
        .filter(predicate)
        .findFirst()
        .map(ObjectNode::deepCopy);
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
