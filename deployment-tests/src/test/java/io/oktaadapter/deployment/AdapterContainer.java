package io.oktaadapter.deployment;

import io.oktaadapter.testing.FreePorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One container of the adapter's image, started with podman on the host network (so that it reaches
 * the tests' PostgreSQL, Kafka and Okta simulator on 127.0.0.1) with a read-only root file system,
 * a writable /tmp only (as in k8s/) and the memory limit of the manifests.
 */
final class AdapterContainer implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Podman podman;
  private final String name;
  private final int httpPort;
  private final int managementPort;
  private final long startedNanos;

  private AdapterContainer(Podman podman, String name, int httpPort, int managementPort) {
    this.podman = podman;
    this.name = name;
    this.httpPort = httpPort;
    this.managementPort = managementPort;
    this.startedNanos = System.nanoTime();
  }

  /** Starts a container; {@code env} is the adapter's configuration (k8s ConfigMap + Secret). */
  static AdapterContainer start(Podman podman, String image, Map<String, String> env) {
    String name = "okta-adapter-test-" + UUID.randomUUID().toString().substring(0, 8);
    int http = FreePorts.next();
    int management = FreePorts.next();
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "run",
            "--detach",
            "--name",
            name,
            "--network",
            "host",
            "--read-only",
            "--tmpfs",
            "/tmp:rw,size=64m,mode=1777",
            "--memory",
            "512m",
            "--env",
            "QUARKUS_HTTP_PORT=" + http,
            "--env",
            "QUARKUS_MANAGEMENT_PORT=" + management));
    env.forEach((key, value) -> args.addAll(List.of("--env", key + "=" + value)));
    args.add(image);
    AdapterContainer container = new AdapterContainer(podman, name, http, management);
    podman.run(Duration.ofMinutes(1), args.toArray(String[]::new)).orFail("podman run " + name);
    return container;
  }

  String name() {
    return name;
  }

  URI http(String path) {
    return URI.create("http://127.0.0.1:" + httpPort + path);
  }

  URI management(String path) {
    return URI.create("http://127.0.0.1:" + managementPort + path);
  }

  /** Waits until readiness answers UP; returns the time from {@code podman run} to ready. */
  Duration awaitReady(Duration budget) {
    long deadline = startedNanos + budget.toNanos();
    while (System.nanoTime() < deadline) {
      if (status(management("/q/health/ready")) == 200) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
      }
      if (!running()) {
        throw new AssertionError(name + " exited before it was ready:\n" + logs());
      }
      sleep(100);
    }
    throw new AssertionError(name + " not ready within " + budget + ":\n" + logs());
  }

  static int status(URI uri) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  boolean running() {
    Podman.Result result =
        podman.run(Duration.ofSeconds(30), "inspect", "--format", "{{.State.Running}}", name);
    return result.exitCode() == 0 && result.out().strip().equals("true");
  }

  int exitCode() {
    return Integer.parseInt(
        podman
            .run(Duration.ofSeconds(30), "inspect", "--format", "{{.State.ExitCode}}", name)
            .orFail("inspect")
            .out()
            .strip());
  }

  /** podman stop: SIGTERM, then SIGKILL after {@code graceSeconds}; returns how long it took. */
  Duration stop(int graceSeconds) {
    long start = System.nanoTime();
    podman
        .run(
            Duration.ofSeconds(graceSeconds + 60L),
            "stop",
            "--time",
            Integer.toString(graceSeconds),
            name)
        .orFail("podman stop " + name);
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** podman kill: SIGKILL, no shutdown at all. */
  void kill() {
    podman.run(Duration.ofSeconds(30), "kill", "--signal", "KILL", name).orFail("podman kill");
  }

  String logs() {
    Podman.Result result = podman.run(Duration.ofSeconds(30), "logs", "--tail", "200", name);
    return result.out() + result.err();
  }

  /** Resident memory of the container's processes, from podman stats. */
  String memoryUsage() {
    return podman
        .run(Duration.ofSeconds(30), "stats", "--no-stream", "--format", "{{.MemUsage}}", name)
        .out()
        .strip();
  }

  @Override
  public void close() {
    podman.run(Duration.ofSeconds(60), "rm", "--force", "--time", "0", name);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
