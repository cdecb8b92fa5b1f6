package io.oktaadapter.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test helper: the simulator's org state, as "type:name" entries of one tenant's resources. */
final class OktaOrgState {

  private static final ObjectMapper JSON = new ObjectMapper();

  private OktaOrgState() {}

  /**
   * Every group, group rule, trusted origin, policy and application whose name (label) starts with
   * {@code key-}.
   */
  static List<String> resourcesOf(String tenantKey) {
    JsonNode state = state();
    List<String> found = new ArrayList<>();
    collect(state.path("groups"), "GROUP", tenantKey, found);
    collect(state.path("groupRules"), "GROUP_RULE", tenantKey, found);
    collect(state.path("trustedOrigins"), "TRUSTED_ORIGIN", tenantKey, found);
    collect(state.path("policies"), "SIGN_ON_POLICY", tenantKey, found);
    for (JsonNode app : state.path("apps")) {
      String label = app.path("label").asText();
      if (label.startsWith(tenantKey + "-")) {
        found.add("OIDC_APPLICATION:" + label);
      }
    }
    return found;
  }

  /** The status of the group rule named {@code name}, or "" when there is none. */
  static String ruleStatus(String name) {
    for (JsonNode rule : state().path("groupRules")) {
      if (name.equals(rule.path("name").asText())) {
        return rule.path("status").asText();
      }
    }
    return "";
  }

  private static void collect(JsonNode items, String type, String key, List<String> found) {
    for (JsonNode item : items) {
      JsonNode json = item.has("json") ? item.get("json") : item;
      String name =
          json.path("profile").has("name")
              ? json.path("profile").path("name").asText()
              : json.path("name").asText();
      if (name.startsWith(key + "-")) {
        found.add(type + ":" + name);
      }
    }
  }

  private static JsonNode state() {
    try {
      return JSON.readTree(OktaSimulatorTestResource.simulator().dumpState());
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
