package io.oktaadapter.application.common;

/**
 * Application helper: JSON string literals for the small JSON documents the application layer
 * writes itself (event and result payloads), as it has no JSON library.
 */
public final class JsonStrings {

  private JsonStrings() {}

  /** {@code s} as a quoted JSON string: quotes, backslashes and control characters escaped. */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8).append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
