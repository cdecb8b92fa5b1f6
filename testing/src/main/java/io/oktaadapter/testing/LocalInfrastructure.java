package io.oktaadapter.testing;

import io.oktaadapter.testing.local.DataRoot;
import io.oktaadapter.testing.local.LocalControl;
import io.oktaadapter.testing.local.LocalDns;
import io.oktaadapter.testing.local.LocalKafka;
import io.oktaadapter.testing.local.LocalKeycloak;
import io.oktaadapter.testing.local.LocalMail;
import io.oktaadapter.testing.local.LocalPostgres;
import io.oktaadapter.testing.local.LocalService;
import io.oktaadapter.testing.local.LocalSettings;
import io.oktaadapter.testing.local.LocalVault;
import io.oktaadapter.testing.local.RestartableService;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;

/**
 * Local-run launcher: starts real PostgreSQL, a real KRaft Kafka broker and GreenMail (plus any
 * {@link LocalService} found on the class path), prints how to reach them, and stops them all when
 * the JVM receives SIGTERM or SIGINT. {@code bin/run} starts it; run it alone with {@code --help}.
 */
public final class LocalInfrastructure {

  private static final String USAGE =
      """
      Usage: LocalInfrastructure [--clean] [--data-dir=PATH] [--postgres-port=N] [--kafka-port=N]
                                 [--kafka-controller-port=N] [--smtp-port=N] [--imap-port=N]
                                 [--vault] [--keycloak] [--<service>-port=N]
                                 [--control-port=N] [--watch-pid=PID]
        Each option may also come from the environment: OKTA_ADAPTER_LOCAL_DIR (default .local),
        OKTA_ADAPTER_LOCAL_POSTGRES_PORT (5433), OKTA_ADAPTER_LOCAL_KAFKA_PORT (9092),
        OKTA_ADAPTER_LOCAL_KAFKA_CONTROLLER_PORT (9093), OKTA_ADAPTER_LOCAL_SMTP_PORT (3025),
        OKTA_ADAPTER_LOCAL_IMAP_PORT (3143), OKTA_ADAPTER_LOCAL_VAULT=true and
        OKTA_ADAPTER_LOCAL_VAULT_PORT (8200) for the Vault API double, OKTA_ADAPTER_LOCAL_KEYCLOAK=true
        and OKTA_ADAPTER_LOCAL_KEYCLOAK_PORT (8180) for Keycloak. A port of 0 picks a free one.
        --clean wipes the data folder first. --watch-pid stops everything when that process ends.
        --control-port (OKTA_ADAPTER_LOCAL_CONTROL_PORT) serves POST /kafka/stop, /kafka/start,
        /postgres/stop and /postgres/start on 127.0.0.1: one service stopped and started again in
        place (same ports and data) while the others keep running, for fault drills (bench/chaos).
      """;

  private final Deque<LocalService> started = new ArrayDeque<>();
  private final DataRoot dataRoot;
  private LocalControl control;

  private LocalInfrastructure(DataRoot dataRoot) {
    this.dataRoot = dataRoot;
  }

  /**
   * The services of a local run: always PostgreSQL, Kafka and an SMTP server (GreenMail), the Vault
   * API double on request. The Okta simulator and Keycloak are to be added here (or through {@code
   * META-INF/services}).
   */
  static List<LocalService> builtInServices(LocalSettings settings) {
    List<LocalService> services =
        new ArrayList<>(
            List.of(new LocalPostgres(), new LocalKafka(), new LocalMail(), new LocalDns()));
    if (settings.enabled("vault")) {
      services.add(new LocalVault());
    }
    if (settings.enabled("keycloak")) {
      services.add(new LocalKeycloak());
    }
    return services;
  }

  public static void main(String[] args) throws Exception {
    LocalSettings settings = LocalSettings.parse(Arrays.asList(args), System.getenv());
    if (settings.help()) {
      System.out.print(USAGE);
      return;
    }
    DataRoot dataRoot = new DataRoot(settings.dataRoot());
    dataRoot.prepare(settings.clean());
    LocalInfrastructure infra = new LocalInfrastructure(dataRoot);
    Runtime.getRuntime().addShutdownHook(new Thread(infra::stop, "local-infrastructure-stop"));
    List<LocalService.Endpoint> endpoints;
    try {
      endpoints = infra.start(settings);
    } catch (Exception e) {
      System.err.println("Local infrastructure failed to start: " + e);
      System.exit(1);
      return;
    }
    dataRoot.writeEnvFile(endpoints);
    print(settings, endpoints);
    watchParent(settings.watchPid());
    new CountDownLatch(1).await();
  }

  private List<LocalService.Endpoint> start(LocalSettings settings) throws Exception {
    List<LocalService> services = builtInServices(settings);
    ServiceLoader.load(LocalService.class).forEach(services::add);
    List<LocalService.Endpoint> endpoints = new ArrayList<>();
    for (LocalService service : services) {
      long t0 = System.nanoTime();
      synchronized (started) {
        started.push(service);
      }
      endpoints.addAll(service.start(settings));
      System.out.printf(
          "[local] %s started in %d ms%n", service.name(), (System.nanoTime() - t0) / 1_000_000);
    }
    if (settings.has("control-port")) {
      Map<String, RestartableService> restartable = new LinkedHashMap<>();
      services.stream()
          .filter(RestartableService.class::isInstance)
          .forEach(s -> restartable.put(s.name(), (RestartableService) s));
      control = LocalControl.start(settings.port("control", 0), restartable);
      endpoints.add(
          new LocalService.Endpoint(
              "OKTA_ADAPTER_LOCAL_CONTROL_URL",
              control.url(),
              "control (POST /<service>/stop|start)"));
    }
    return endpoints;
  }

  /** Stops in reverse start order; runs from the shutdown hook, so it must never throw. */
  private void stop() {
    dataRoot.deleteEnvFile();
    if (control != null) {
      control.close();
    }
    synchronized (started) {
      while (!started.isEmpty()) {
        LocalService service = started.pop();
        try {
          service.close();
          System.out.printf("[local] %s stopped%n", service.name());
        } catch (RuntimeException e) {
          System.err.printf("[local] %s did not stop cleanly: %s%n", service.name(), e);
        }
      }
    }
  }

  private static void print(LocalSettings settings, List<LocalService.Endpoint> endpoints) {
    System.out.println("[local] infrastructure ready, data in " + settings.dataRoot());
    endpoints.forEach(e -> System.out.printf("[local]   %-42s %s%n", e.description(), e.value()));
    System.out.flush();
  }

  private static void watchParent(long pid) {
    if (pid <= 0) {
      return;
    }
    Thread watcher =
        new Thread(
            () -> {
              while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                sleep(500);
              }
              System.out.println("[local] process " + pid + " ended; stopping");
              System.exit(0);
            },
            "local-infrastructure-parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
