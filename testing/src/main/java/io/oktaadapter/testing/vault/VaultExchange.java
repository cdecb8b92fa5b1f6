package io.oktaadapter.testing.vault;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One HTTP request to the Vault double, with helpers to answer it the way Vault does. */
final class VaultExchange {

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpExchange exchange;
  final String method;
  final String path;
  final Map<String, String> query;
  private int status;

  VaultExchange(HttpExchange exchange) {
    this.exchange = exchange;
    this.method = exchange.getRequestMethod().toUpperCase();
    this.path = exchange.getRequestURI().getPath().replaceFirst("^/v1/", "");
    this.query = parseQuery(exchange.getRequestURI().getRawQuery());
  }

  String token() {
    return exchange.getRequestHeaders().getFirst("X-Vault-Token");
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> body() {
    try {
      byte[] raw = exchange.getRequestBody().readAllBytes();
      return raw.length == 0 ? Map.of() : JSON.readValue(raw, Map.class);
    } catch (IOException e) {
      throw new KvV2Store.BadRequest("failed to parse JSON input: " + e.getMessage());
    }
  }

  /** Answers with Vault's usual envelope around {@code data} (or {@code auth}). */
  void envelope(int status, String field, Object value) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("request_id", UUID.randomUUID().toString());
    body.put("lease_id", "");
    body.put("renewable", false);
    body.put("lease_duration", 0);
    body.put("data", "data".equals(field) ? value : null);
    body.put("wrap_info", null);
    body.put("warnings", null);
    body.put("auth", "auth".equals(field) ? value : null);
    json(status, body);
  }

  void errors(int status, String... errors) throws IOException {
    json(status, Map.of("errors", List.of(errors)));
  }

  void noContent() throws IOException {
    noContentWith(204);
  }

  /** Answers with a status and no body (204, or a {@code HEAD} request). */
  void noContentWith(int status) throws IOException {
    this.status = status;
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  int statusSent() {
    return status;
  }

  void json(int status, Object body) throws IOException {
    this.status = status;
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> parseQuery(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String key = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        query.put(
            URLDecoder.decode(key, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
    }
    return query;
  }
}
