package io.oktaadapter.simulator.org;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.SessionClear;
import io.oktaadapter.simulator.http.Json;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Simulator state: every resource store of the in-memory org, plus recorded session clears. */
public final class Org {
  public final ResourceStore groups = new ResourceStore("Group");
  public final ResourceStore groupRules = new ResourceStore("GroupRule");
  public final ResourceStore apps = new ResourceStore("App");
  public final ResourceStore trustedOrigins = new ResourceStore("TrustedOrigin");
  public final ResourceStore policies = new ResourceStore("Policy");
  public final ResourceStore users = new ResourceStore("User");
  public final ResourceStore eventHooks = new ResourceStore("EventHook");
  public final ResourceStore inlineHooks = new ResourceStore("InlineHook");
  private final Map<String, ResourceStore> children = new ConcurrentHashMap<>();
  private final Map<String, String> secrets = new ConcurrentHashMap<>();
  private final List<SessionClear> sessionClears = new CopyOnWriteArrayList<>();

  /** A store of sub-resources of one parent, such as an app's group assignments. */
  public ResourceStore children(String kind, String parentId) {
    return children.computeIfAbsent(kind + "/" + parentId, key -> new ResourceStore(kind));
  }

  public void dropChildren(String kind, String parentId) {
    children.remove(kind + "/" + parentId);
  }

  /** Removes a child id under every parent of a kind (e.g. a deleted group from all apps). */
  public void removeChildEverywhere(String kind, String childId) {
    children.forEach(
        (key, store) -> {
          if (key.startsWith(kind + "/")) {
            store.remove(childId);
          }
        });
  }

  /** Write-only values (hook auth secrets, passwords) that responses never show. */
  public Map<String, String> secrets() {
    return secrets;
  }

  public List<SessionClear> sessionClears() {
    return sessionClears;
  }

  public void reset() {
    List.of(groups, groupRules, apps, trustedOrigins, policies, users, eventHooks, inlineHooks)
        .forEach(ResourceStore::clear);
    children.clear();
    secrets.clear();
    sessionClears.clear();
  }

  public ObjectNode dump() {
    ObjectNode state = Json.object();
    state.set("groups", groups.dump());
    state.set("groupRules", groupRules.dump());
    state.set("apps", apps.dump());
    state.set("trustedOrigins", trustedOrigins.dump());
    state.set("policies", policies.dump());
    state.set("users", users.dump());
    state.set("eventHooks", eventHooks.dump());
    state.set("inlineHooks", inlineHooks.dump());
    ObjectNode nested = state.putObject("children");
    children.forEach((key, store) -> nested.set(key, store.dump()));
    var clears = state.putArray("sessionClears");
    sessionClears.forEach(
        c ->
            clears
                .addObject()
                .put("userId", c.userId())
                .put("oauthTokens", c.oauthTokens())
                .put("forgetDevices", c.forgetDevices())
                .put("at", c.at().toString()));
    return state;
  }
}
