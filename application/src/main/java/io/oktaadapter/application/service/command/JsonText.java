package io.oktaadapter.application.service.command;

import static io.oktaadapter.application.common.JsonStrings.quote;

import java.util.Collection;
import java.util.StringJoiner;

/**
 * Builds the small JSON objects of command results without a JSON library (the application layer
 * has none): values are strings, numbers, booleans, nested objects or arrays of strings.
 */
final class JsonText {

  private final StringJoiner fields = new StringJoiner(",", "{", "}");

  JsonText put(String name, String value) {
    fields.add(quote(name) + ":" + (value == null ? "null" : quote(value)));
    return this;
  }

  JsonText put(String name, long value) {
    fields.add(quote(name) + ":" + value);
    return this;
  }

  JsonText put(String name, boolean value) {
    fields.add(quote(name) + ":" + value);
    return this;
  }

  JsonText putObject(String name, JsonText value) {
    fields.add(quote(name) + ":" + (value == null ? "null" : value.toString()));
    return this;
  }

  JsonText putRaw(String name, String json) {
    fields.add(quote(name) + ":" + json);
    return this;
  }

  JsonText putStrings(String name, Collection<String> values) {
    StringJoiner array = new StringJoiner(",", "[", "]");
    values.forEach(v -> array.add(quote(v)));
    fields.add(quote(name) + ":" + array);
    return this;
  }

  @Override
  public String toString() {
    return fields.toString();
  }
}
