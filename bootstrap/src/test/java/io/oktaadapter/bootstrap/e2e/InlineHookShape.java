package io.oktaadapter.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Test oracle: checks an inline-hook answer against Okta's documented response schema for the hook
 * type: only documented command types, JSON Patch operations add/replace/remove on documented
 * paths, error objects of the documented shape, and under 256 KB.
 */
final class InlineHookShape {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final Map<String, Set<String>> COMMANDS =
      Map.of(
          "token", Set.of("com.okta.identity.patch", "com.okta.access.patch"),
          "registration",
              Set.of(
                  "com.okta.user.profile.update",
                  "com.okta.user.progressive.profile.update",
                  "com.okta.action.update"),
          "import",
              Set.of(
                  "com.okta.appUser.profile.update",
                  "com.okta.user.profile.update",
                  "com.okta.action.update",
                  "com.okta.user.update"),
          "saml", Set.of("com.okta.assertion.patch"),
          "password-import", Set.of("com.okta.action.update"),
          "telephony", Set.of("com.okta.telephony.action"));

  private InlineHookShape() {}

  static JsonNode assertConforms(String hook, String body) throws IOException {
    assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThan(256 * 1024);
    JsonNode root = JSON.readTree(body);
    assertThat(root.isObject()).as("body is an object: %s", body).isTrue();
    assertThat(root.has("commands") || root.has("error"))
        .as("commands or error: %s", body)
        .isTrue();
    root.fieldNames()
        .forEachRemaining(f -> assertThat(f).isIn("commands", "error", "debugContext"));
    for (JsonNode command : root.path("commands")) {
      String type = command.path("type").asText();
      assertThat(type).as("command type of the %s hook", hook).isIn(COMMANDS.get(hook));
      assertThat(command.has("value")).isTrue();
      if (type.endsWith(".patch")) {
        assertPatch(type, command.get("value"));
      }
      if (type.equals("com.okta.action.update")) {
        assertThat(command.get("value").isObject()).isTrue();
      }
      if (type.equals("com.okta.telephony.action")) {
        JsonNode action = command.get("value").get(0);
        assertThat(action.path("status").asText()).isIn("SUCCESSFUL", "PENDING", "FAILED");
      }
    }
    if (root.has("error")) {
      JsonNode error = root.get("error");
      assertThat(error.path("errorSummary").isTextual()).isTrue();
      for (JsonNode cause : error.path("errorCauses")) {
        assertThat(cause.path("locationType").asText()).isIn("body", "header", "url", "query");
        assertThat(cause.path("errorSummary").isTextual()).isTrue();
      }
    }
    return root;
  }

  private static void assertPatch(String type, JsonNode operations) {
    assertThat(operations.isArray()).isTrue();
    for (JsonNode op : operations) {
      assertThat(op.path("op").asText()).isIn("add", "replace", "remove");
      String path = op.path("path").asText();
      if (type.equals("com.okta.assertion.patch")) {
        assertThat(path).matches("/(claims|authentication|subject|conditions|lifetime)/.*");
      } else {
        assertThat(path).matches("/(claims/.+|token/lifetime/expiration)");
      }
    }
  }
}
