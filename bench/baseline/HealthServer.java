import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Benchmark baseline: the smallest JVM HTTP service with a readiness endpoint, started exactly like
 * the adapter, so that bench/startup can print the adapter's figures as ratios to it.
 */
public final class HealthServer {

  private HealthServer() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    byte[] up = "{\"status\":\"UP\",\"checks\":[]}".getBytes(StandardCharsets.UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
    server.createContext(
        "/q/health/ready",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, up.length);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(up);
          }
        });
    server.start();
  }
}
