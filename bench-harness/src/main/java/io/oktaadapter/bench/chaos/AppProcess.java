package io.oktaadapter.bench.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chaos harness: the packaged application as a child process, started, killed with SIGKILL ({@code
 * kill -9}: no shutdown hook runs) and started again on the same port.
 */
public final class AppProcess implements AutoCloseable {

  private final List<String> command;
  private final Map<String, String> environment;
  private final Path log;
  private final int port;
  private final int managementPort;
  private final HttpClient http = HttpClient.newHttpClient();
  private Process process;

  /**
   * @param jar the application's {@code quarkus-run.jar}
   * @param jvmOptions JVM options, for example the image's
   * @param environment added to this process's environment (database, broker, secrets)
   * @param port the HTTP port the application listens on
   * @param log file the application's output is appended to
   */
  public AppProcess(
      Path jar, List<String> jvmOptions, Map<String, String> environment, int port, Path log) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.add("-jar");
    cmd.add(jar.toString());
    this.command = List.copyOf(cmd);
    this.environment = Map.copyOf(environment);
    this.port = port;
    this.managementPort = freePort();
    this.log = log;
  }

  /** A free loopback port for the management interface (health), kept across restarts. */
  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Starts the application and waits until it reports ready; returns the milliseconds it took. */
  public long start(Duration timeout) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
    builder.environment().put("OKTA_ADAPTER_MANAGEMENT_PORT", String.valueOf(managementPort));
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    process = builder.start();
    long deadline = t0 + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "application exited with " + process.exitValue() + "; see " + log);
      }
      if (ready()) {
        return (System.nanoTime() - t0) / 1_000_000;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("application not ready within " + timeout + "; see " + log);
  }

  private boolean ready() {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready"))
              .timeout(Duration.ofSeconds(1))
              .build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** {@code kill -9}: the JVM gets no chance to finish anything. */
  public void kill() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly();
      process.waitFor();
      process = null;
    }
  }

  /** The delivery URL. */
  public URI deliveryUrl() {
    return URI.create("http://127.0.0.1:" + port + "/hooks/okta/events");
  }

  @Override
  public void close() {
    if (process != null) {
      process.destroy();
      try {
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
      process = null;
    }
  }
}
