package io.oktaadapter.adapters.in.webhook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Webhook adapter: reads from a JSON document only the members a decision looks at, skipping the
 * rest with Jackson's streaming parser instead of building a tree of the whole request (an Okta
 * token-hook request carries both tokens' claims, of which the decision reads two ids). The result
 * is a tree with the same shape for the selected members, so {@code at(pointer)} answers as on the
 * whole document:
 *
 * <ul>
 *   <li>a <em>kept</em> member is read whole;
 *   <li>a <em>present</em> member is kept as an empty object or array (or its value, if it is a
 *       scalar), for decisions that only ask whether it is there;
 *   <li>everything else is skipped (still tokenized, so malformed JSON is still refused).
 * </ul>
 */
final class JsonSelection {

  private enum Mode {
    SKIP,
    PRESENT,
    KEEP
  }

  /** One object member of the selection, with the members selected below it. */
  private static final class Member {
    Mode mode = Mode.SKIP;
    final Map<String, Member> children = new HashMap<>();
  }

  private final Member root = new Member();

  private JsonSelection() {}

  /** A selection of the members at the given JSON pointers (object members only, no arrays). */
  static JsonSelection keeping(String... pointers) {
    JsonSelection selection = new JsonSelection();
    for (String pointer : pointers) {
      selection.add(pointer, Mode.KEEP);
    }
    return selection;
  }

  /** Also keeps the members at these pointers as present, without their content. */
  JsonSelection presence(String... pointers) {
    for (String pointer : pointers) {
      add(pointer, Mode.PRESENT);
    }
    return this;
  }

  private void add(String pointer, Mode mode) {
    if (!pointer.startsWith("/") || pointer.length() == 1) {
      throw new IllegalArgumentException("not a member pointer: " + pointer);
    }
    Member at = root;
    for (String name : pointer.substring(1).split("/", -1)) {
      at =
          at.children.computeIfAbsent(
              name.replace("~1", "/").replace("~0", "~"), n -> new Member());
    }
    if (at.mode != Mode.KEEP) {
      at.mode = mode;
    }
  }

  /**
   * The selected members of the document.
   *
   * @return the selected tree, or {@code null} when the document is not a JSON object
   * @throws IOException when the document is not well-formed JSON
   */
  ObjectNode read(ObjectMapper mapper, byte[] document) throws IOException {
    try (JsonParser parser = mapper.createParser(document)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        if (parser.currentToken() != null) {
          parser.skipChildren();
        }
        return null;
      }
      ObjectNode selected = object(mapper, parser, root);
      if (parser.nextToken() != null) {
        throw new IOException("content after the JSON document");
      }
      return selected;
    }
  }

  private static ObjectNode object(ObjectMapper mapper, JsonParser parser, Member member)
      throws IOException {
    JsonNodeFactory nodes = mapper.getNodeFactory();
    ObjectNode out = nodes.objectNode();
    for (JsonToken token = parser.nextToken();
        token == JsonToken.FIELD_NAME;
        token = parser.nextToken()) {
      String name = parser.currentName();
      Member child = member.children.get(name);
      JsonToken value = parser.nextToken();
      if (child == null) {
        parser.skipChildren();
      } else if (child.mode == Mode.KEEP || !value.isStructStart()) {
        out.set(name, (JsonNode) mapper.readTree(parser));
      } else if (value == JsonToken.START_OBJECT && !child.children.isEmpty()) {
        out.set(name, object(mapper, parser, child));
      } else {
        out.set(name, value == JsonToken.START_OBJECT ? nodes.objectNode() : nodes.arrayNode());
        parser.skipChildren();
      }
    }
    return out;
  }
}
