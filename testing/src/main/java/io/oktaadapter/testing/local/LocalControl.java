package io.oktaadapter.testing.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Local-run control endpoint on the loopback interface: {@code POST /<service>/stop} and {@code
 * POST /<service>/start} stop one {@link RestartableService} (the Kafka broker, PostgreSQL) and
 * start it again in place, while the others keep running. Opt-in ({@code --control-port}).
 */
public final class LocalControl implements AutoCloseable {

  private final HttpServer server;

  private LocalControl(HttpServer server) {
    this.server = server;
  }

  /** Serves the given services on {@code 127.0.0.1:port}. */
  public static LocalControl start(int port, Map<String, RestartableService> services)
      throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", exchange -> handle(exchange, services));
    server.start();
    return new LocalControl(server);
  }

  /** The base URL, for example {@code http://127.0.0.1:9094}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void handle(HttpExchange exchange, Map<String, RestartableService> services)
      throws IOException {
    String[] parts = exchange.getRequestURI().getPath().split("/");
    RestartableService service = parts.length == 3 ? services.get(parts[1]) : null;
    String action = parts.length == 3 ? parts[2] : "";
    if (!"POST".equals(exchange.getRequestMethod())
        || service == null
        || !(action.equals("stop") || action.equals("start"))) {
      reply(
          exchange,
          404,
          "use POST /<service>/stop or /<service>/start; services: " + services.keySet());
      return;
    }
    long t0 = System.nanoTime();
    try {
      synchronized (services) {
        if (action.equals("stop")) {
          service.stopInPlace();
        } else {
          service.startInPlace();
        }
      }
    } catch (RuntimeException e) {
      reply(exchange, 500, service.name() + " " + action + " failed: " + e);
      return;
    }
    String done =
        String.format(
            "%s %s in %d ms", service.name(), action, (System.nanoTime() - t0) / 1_000_000);
    System.out.println("[local] " + done);
    reply(exchange, 200, done);
  }

  private static void reply(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
