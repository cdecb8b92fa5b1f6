package io.oktaadapter.bench.chaos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Load generator of {@code bench/chaos}: runs {@link ChaosRun} against the packaged application,
 * stopping and starting the broker and PostgreSQL through the local-run launcher's control endpoint
 * ({@code LocalInfrastructure --control-port}). The application inherits this process's environment
 * (database, broker, secrets). Exits 1 when a fault broke a promise.
 */
public final class ChaosBench {

  private ChaosBench() {}

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (String a : argv) {
      int eq = a.indexOf('=');
      args.put(a.substring(2, eq), a.substring(eq + 1));
    }
    ChaosRun.Settings settings =
        new ChaosRun.Settings(
            Integer.parseInt(args.getOrDefault("rate", "200")),
            Integer.parseInt(args.getOrDefault("connections", "8")),
            Integer.parseInt(args.getOrDefault("keys", "64")),
            Duration.ofSeconds(Long.parseLong(args.getOrDefault("steady-seconds", "10"))),
            Integer.parseInt(args.getOrDefault("kills", "3")),
            Duration.ofSeconds(Long.parseLong(args.getOrDefault("killed-seconds", "5"))),
            Duration.ofSeconds(Long.parseLong(args.getOrDefault("broker-seconds", "30"))),
            Duration.ofSeconds(Long.parseLong(args.getOrDefault("db-seconds", "15"))),
            Duration.ofSeconds(Long.parseLong(args.getOrDefault("drain-timeout-seconds", "180"))),
            Duration.ofSeconds(120));
    AppProcess app =
        new AppProcess(
            Path.of(args.get("app-jar")),
            Arrays.asList(args.getOrDefault("jvm-opts", "").trim().split("\\s+")),
            Map.of(),
            Integer.parseInt(args.get("port")),
            Path.of(args.get("log")));
    String control = args.get("control-url");
    ChaosRun.Infrastructure infra =
        new ChaosRun.Infrastructure() {
          @Override
          public void stopBroker() throws Exception {
            post(control + "/kafka/stop");
          }

          @Override
          public void startBroker() throws Exception {
            post(control + "/kafka/start");
          }

          @Override
          public void stopDatabase() throws Exception {
            post(control + "/postgres/stop");
          }

          @Override
          public void startDatabase() throws Exception {
            post(control + "/postgres/start");
          }
        };
    List<FaultReport> reports;
    try (app) {
      reports =
          new ChaosRun(
                  settings,
                  app,
                  infra,
                  args.get("kafka"),
                  args.getOrDefault("topic", "okta-adapter.identity-events"),
                  args.get("secret"))
              .runAll();
    }
    System.out.println();
    ChaosRun.print(reports);
    System.exit(reports.stream().allMatch(FaultReport::kept) ? 0 : 1);
  }

  private static void post(String url) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          url + " answered " + answer.statusCode() + ": " + answer.body());
    }
  }
}
