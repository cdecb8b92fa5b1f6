package io.oktaadapter.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** Test client: raw HTTP calls to a simulator with the SSWS token, answers parsed as JSON. */
final class ApiClient {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;
  private final String authorization;

  ApiClient(OktaSimulator simulator) {
    this(simulator.baseUrl(), "SSWS " + simulator.token());
  }

  ApiClient(String baseUrl, String authorization) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
  }

  Reply get(String path) {
    return send("GET", path, null);
  }

  Reply post(String path, String json) {
    return send("POST", path, json);
  }

  Reply put(String path, String json) {
    return send("PUT", path, json);
  }

  Reply delete(String path) {
    return send("DELETE", path, null);
  }

  Reply send(String method, String path, String json) {
    String url = path.startsWith("http") ? path : baseUrl + path;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode body =
          response.body().isEmpty() ? MAPPER.nullNode() : MAPPER.readTree(response.body());
      return new Reply(response.statusCode(), response.headers().map(), body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Test view of one response. */
  record Reply(int status, Map<String, List<String>> headers, JsonNode body) {
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase());
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    List<String> headers(String name) {
      return headers.getOrDefault(name.toLowerCase(), List.of());
    }

    String id() {
      return body.path("id").asText();
    }

    /** The URL of the {@code rel="next"} Link header, or null. */
    String nextLink() {
      for (String link : headers("link")) {
        if (link.endsWith("rel=\"next\"")) {
          return link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        }
      }
      return null;
    }
  }
}
