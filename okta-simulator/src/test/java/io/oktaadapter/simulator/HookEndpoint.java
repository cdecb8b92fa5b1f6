package io.oktaadapter.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** Test double of a hook receiver: answers from a script and records what Okta's side sent. */
final class HookEndpoint implements AutoCloseable {
  private final HttpServer server;
  private final Queue<Answer> script = new ConcurrentLinkedQueue<>();
  final List<Received> received = new CopyOnWriteArrayList<>();

  HookEndpoint() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  /** Next answer; a null body echoes the verification challenge. */
  HookEndpoint then(int status, long delayMillis, String body) {
    script.add(new Answer(status, delayMillis, body));
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, List<String>> headers = Map.copyOf(exchange.getRequestHeaders());
    received.add(new Received(exchange.getRequestMethod(), headers, body));
    Answer answer = script.isEmpty() ? new Answer(200, 0, "") : script.poll();
    sleep(answer.delayMillis());
    String text = answer.body();
    if (text == null) {
      String challenge = exchange.getRequestHeaders().getFirst("x-okta-verification-challenge");
      text = "{\"verification\":\"" + challenge + "\"}";
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        exchange.getResponseBody().write(bytes);
      }
    } catch (IOException e) {
      // The caller gave up (timeout); nothing to answer.
    } finally {
      exchange.close();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  record Answer(int status, long delayMillis, String body) {}

  record Received(String method, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }
}
