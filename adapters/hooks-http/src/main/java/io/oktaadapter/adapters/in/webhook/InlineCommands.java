package io.oktaadapter.adapters.in.webhook;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonPatchBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.Map;

/**
 * Webhook adapter: builds inline-hook response bodies from Okta's documented commands. JSON Patch
 * operations come from Jakarta JSON Processing's patch builder (Parsson).
 */
final class InlineCommands {

  // Looked up once: JsonProvider.provider() runs a ServiceLoader on every call.
  static final JsonProvider JSON = JsonProvider.provider();

  private InlineCommands() {}

  static JsonPatchBuilder patch() {
    return JSON.createPatchBuilder();
  }

  static JsonObject command(String type, JsonValue value) {
    return JSON.createObjectBuilder().add("type", type).add("value", value).build();
  }

  static JsonObject command(String type, Map<String, String> value) {
    JsonObjectBuilder object = JSON.createObjectBuilder();
    value.forEach(object::add);
    return command(type, object.build());
  }

  static JsonObject patchCommand(String type, JsonPatchBuilder patch) {
    JsonArray operations = patch.build().toJsonArray();
    return command(type, operations);
  }

  /** {@code {"commands":[...]}}. */
  static String commands(JsonObject... commands) {
    var array = JSON.createArrayBuilder();
    for (JsonObject c : commands) {
      array.add(c);
    }
    return JSON.createObjectBuilder().add("commands", array).build().toString();
  }

  /** {@code {"commands":[...], "error":{...}}}; commands may be empty. */
  static String error(String summary, JsonObject cause, JsonObject... commands) {
    JsonObjectBuilder error = JSON.createObjectBuilder().add("errorSummary", summary);
    if (cause != null) {
      error.add("errorCauses", JSON.createArrayBuilder().add(cause));
    }
    JsonObjectBuilder body = JSON.createObjectBuilder();
    if (commands.length > 0) {
      var array = JSON.createArrayBuilder();
      for (JsonObject c : commands) {
        array.add(c);
      }
      body.add("commands", array);
    }
    return body.add("error", error).build().toString();
  }

  /** An {@code errorCauses} entry. */
  static JsonObject cause(String summary, String reason, String location, String domain) {
    return JSON.createObjectBuilder()
        .add("errorSummary", summary)
        .add("reason", reason)
        .add("locationType", "body")
        .add("location", location)
        .add("domain", domain)
        .build();
  }

  /** A SAML attribute statement value of type xs:string, in Okta's assertion claim shape. */
  static JsonObject samlAttribute(String value) {
    return JSON.createObjectBuilder()
        .add(
            "attributes",
            JSON.createObjectBuilder()
                .add("NameFormat", "urn:oasis:names:tc:SAML:2.0:attrname-format:basic"))
        .add(
            "attributeValues",
            JSON.createArrayBuilder()
                .add(
                    JSON.createObjectBuilder()
                        .add("attributes", JSON.createObjectBuilder().add("xsi:type", "xs:string"))
                        .add("value", value)))
        .build();
  }

  /** JSON Pointer segment of a claim name: {@code ~} and {@code /} escaped (RFC 6901). */
  static String pointer(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
