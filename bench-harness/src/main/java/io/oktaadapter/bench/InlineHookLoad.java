package io.oktaadapter.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark of {@code bench/inline-hooks}: seeds a tenant, its OIDC application and a member in the
 * database, then drives the packaged application's token inline hook the way Okta does
 * (authenticated POSTs, closed loop) and, in the same run, the application's fixed-body baseline
 * endpoint of the same answer size. Prints throughput and latency p50/p99/p99.9/max for both.
 */
public final class InlineHookLoad {

  static final String CLIENT_ID = "0oaBenchClient000001";
  static final String USER_ID = "00uBenchUser00000001";

  private final Map<String, String> args;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private InlineHookLoad(Map<String, String> args) {
    this.args = args;
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (String a : argv) {
      int eq = a.indexOf('=');
      args.put(a.substring(2, eq), a.substring(eq + 1));
    }
    new InlineHookLoad(args).run();
  }

  private void run() throws Exception {
    int concurrency = Integer.parseInt(args.getOrDefault("concurrency", "50"));
    Duration duration = Duration.ofSeconds(Long.parseLong(args.getOrDefault("seconds", "60")));
    seed();
    String token = args.get("token-url");
    String baseline = args.get("baseline-url");
    awaitClaims(token);
    System.out.printf(
        "answer sizes: token hook %d bytes, baseline %d bytes%n",
        post(token).body().length(), post(baseline).body().length());
    if (args.containsKey("request-file")) {
      // Seeded and checked: an external load generator (wrk) takes over with this request.
      java.nio.file.Files.writeString(
          java.nio.file.Path.of(args.get("request-file")), tokenRequest());
      return;
    }

    closedLoop("warm-up token", token, concurrency, Duration.ofSeconds(15));
    closedLoop("warm-up baseline", baseline, concurrency, Duration.ofSeconds(15));
    Result base = closedLoop("baseline (fixed body)", baseline, concurrency, duration);
    Result hook = closedLoop("token hook", token, concurrency, duration);

    System.out.println();
    System.out.printf(
        "%-24s %10s %9s %9s %9s %9s %8s%n",
        "endpoint", "answers/s", "p50", "p99", "p99.9", "max", "errors");
    for (Result r : List.of(base, hook)) {
      System.out.printf(
          "%-24s %10.0f %7.2fms %7.2fms %7.2fms %7.1fms %8d%n",
          r.label,
          r.perSecond(),
          r.latency.percentileMillis(50),
          r.latency.percentileMillis(99),
          r.latency.percentileMillis(99.9),
          r.latency.maxMillis(),
          r.errors.get());
    }
    System.out.println();
    System.out.printf(
        "token hook / baseline throughput: %.2f  (target >= 0.7)%n",
        hook.perSecond() / base.perSecond());
    System.out.printf(
        "token hook p99: %.2f ms  (target <= 10 ms); slowest answer %.1f ms (target <= 2500 ms)%n",
        hook.latency.percentileMillis(99), hook.latency.maxMillis());
  }

  /** A tenant, its OIDC application and one member, as provisioning and event hooks leave them. */
  private void seed() throws Exception {
    try (Connection db =
            DriverManager.getConnection(
                args.get("db-url"), args.get("db-user"), args.get("db-password"));
        Statement sql = db.createStatement()) {
      sql.execute(
          "insert into tenant (tenant_key, display_name, mfa_mode, status, version, created_at,"
              + " updated_at) values ('acme', 'Acme', 'OPTIONAL', 'READY', 0, now(), now())"
              + " on conflict do nothing");
      sql.execute(
          "insert into okta_resource (resource_type, okta_id, name, tenant_key, fingerprint,"
              + " recorded_at) values ('OIDC_APPLICATION', '"
              + CLIENT_ID
              + "', 'acme-efs', 'acme', 'bench', now()) on conflict do nothing");
      sql.execute(
          "insert into inline_membership (user_id, tenant_key, group_id, role, member, as_of)"
              + " values ('"
              + USER_ID
              + "', 'acme', '00gBenchUsers', 'member', true, now()) on conflict do nothing");
    }
  }

  private void awaitClaims(String url) throws Exception {
    for (int i = 0; i < 100; i++) {
      if (post(url).body().contains("/claims/tenant")) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the token hook never added the seeded tenant's claims");
  }

  private Result closedLoop(String label, String url, int concurrency, Duration duration)
      throws InterruptedException {
    Result result = new Result(label, duration);
    long end = System.nanoTime() + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      Thread thread =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  long started = System.nanoTime();
                  try {
                    HttpResponse<String> response = post(url);
                    if (response.statusCode() != 200) {
                      result.errors.incrementAndGet();
                    }
                  } catch (Exception e) {
                    result.errors.incrementAndGet();
                  }
                  result.latency.record((System.nanoTime() - started) / 1000);
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread t : threads) {
      t.join();
    }
    return result;
  }

  private HttpResponse<String> post(String url) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(5))
            .header("Authorization", args.get("secret"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(tokenRequest()))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A token inline-hook request in the shape Okta documents, for the seeded user and client. */
  private static String tokenRequest() {
    String id = UUID.randomUUID().toString().replace("-", "");
    return """
        {"source":"https://bench.okta.example/oauth2/default/v1/authorize","eventId":"%s",
         "eventTime":"2026-11-24T10:00:00.000Z","eventTypeVersion":"1.0","cloudEventVersion":"0.1",
         "contentType":"application/json","eventType":"com.okta.oauth2.tokens.transform",
         "data":{"context":{"request":{"id":"req%s","method":"GET",
           "url":{"value":"https://bench.okta.example/oauth2/default/v1/authorize"},"ipAddress":"127.0.0.1"},
          "protocol":{"type":"OAUTH2.0","client":{"id":"%s","name":"EFS","type":"PUBLIC"},
           "issuer":{"uri":"https://bench.okta.example/oauth2/default"}},
          "session":{"id":"102bench","userId":"%s","login":"bench@acme.example","status":"ACTIVE"},
          "user":{"id":"%s","profile":{"login":"bench@acme.example","firstName":"Bench","lastName":"User"}},
          "policy":{"id":"00pbench","rule":{"id":"0prbench"}}},
          "identity":{"claims":{"sub":"%s","ver":1,"iss":"https://bench.okta.example/oauth2/default",
            "aud":"%s","preferred_username":"bench@acme.example"},"token":{"lifetime":{"expiration":3600}}},
          "access":{"claims":{"ver":1,"iss":"https://bench.okta.example/oauth2/default","aud":"api://default",
            "cid":"%s","uid":"%s","sub":"bench@acme.example"},"token":{"lifetime":{"expiration":3600}},
            "scopes":{"openid":{"id":"scpbench","action":"GRANT"}}}}}
        """
        .formatted(
            id,
            id.substring(0, 20),
            CLIENT_ID,
            USER_ID,
            USER_ID,
            USER_ID,
            CLIENT_ID,
            CLIENT_ID,
            USER_ID);
  }

  private static final class Result {
    final String label;
    final Duration duration;
    final LatencyRecorder latency = new LatencyRecorder();
    final AtomicLong errors = new AtomicLong();

    Result(String label, Duration duration) {
      this.label = label;
      this.duration = duration;
    }

    double perSecond() {
      return latency.count() / (duration.toMillis() / 1000.0);
    }
  }
}
