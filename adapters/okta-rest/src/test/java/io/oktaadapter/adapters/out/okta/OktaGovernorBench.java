package io.oktaadapter.adapters.out.okta;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.adapters.out.okta.OktaSimulatorResource.InjectSimulator;
import io.oktaadapter.application.port.out.okta.OktaGroups;
import io.oktaadapter.application.port.out.okta.OktaGroups.GroupDetails;
import io.oktaadapter.simulator.OktaSimulator;
import io.oktaadapter.simulator.RateBucket;
import io.oktaadapter.simulator.RecordedExchange;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (run by {@code bench/okta-governor}, not by the build): creates N groups through the
 * adapter against a simulated groups bucket of L calls per scaled minute, then the same load from a
 * naive client that only reacts to 429s, and writes the figures to {@code
 * target/bench/okta-governor.txt}.
 */
@QuarkusTest
@QuarkusTestResource(value = OktaSimulatorResource.class, restrictToAnnotatedClass = false)
class OktaGovernorBench {

  private static final int N = intFromEnv("BENCH_N", 200);
  private static final int LIMIT = intFromEnv("BENCH_LIMIT", 40);
  private static final int THREADS = intFromEnv("BENCH_THREADS", 4);
  private static final double SHARE = 0.5;

  @Inject OktaGroups groups;
  @InjectSimulator OktaSimulator simulator;

  @Test
  void governedAndNaiveClients_createNGroups_figuresAreWritten() throws Exception {
    Result governed = run("governed", this::createThroughAdapter);
    Result naive = run("naive", this::createNaively);
    String report =
        String.format(
            Locale.ROOT,
            "Okta governor benchmark: N=%d creates, groups bucket L=%d per scaled minute,"
                + " time scale %.0f (1 scaled minute = %.0f ms), %d client threads, share %.2f%n"
                + "%s%n%s%n",
            N,
            LIMIT,
            OktaSimulatorResource.TIME_SCALE,
            60_000 / OktaSimulatorResource.TIME_SCALE,
            THREADS,
            SHARE,
            governed.line(LIMIT * SHARE),
            naive.line(LIMIT * SHARE));
    Path file = Path.of("target", "bench", "okta-governor.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
    assertThat(governed.refused()).isZero();
  }

  private Result run(String name, Consumer<Integer> create) throws Exception {
    simulator.reset();
    simulator.setBucketLimit(RateBucket.GROUPS, LIMIT);
    Thread.sleep(1100);
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    java.util.Map<String, Integer> perWindow = new java.util.concurrent.ConcurrentSkipListMap<>();
    Consumer<RecordedExchange> counter =
        e -> {
          if (e.method().equals("POST") && e.path().equals("/api/v1/groups")) {
            calls.incrementAndGet();
            perWindow.merge(
                e.responseHeaders().getOrDefault("x-rate-limit-reset", "?"), 1, Integer::sum);
            if (e.status() == 429) {
              refused.incrementAndGet();
            }
          }
        };
    simulator.addExchangeListener(counter);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long start = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < N; i++) {
        int index = i;
        futures.add(pool.submit(() -> create.accept(index)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
      simulator.removeExchangeListener(counter);
    }
    long elapsed = System.nanoTime() - start;
    System.out.println(name + " calls per window (by reset): " + perWindow);
    return new Result(name, calls.get(), refused.get(), elapsed, perWindow.values().toString());
  }

  private void createThroughAdapter(int i) {
    groups.create(new GroupDetails("bench-" + i, ""));
  }

  /** A client without a governor: fires at will and, on 429, sleeps until Okta's reset. */
  private void createNaively(int i) {
    HttpClient http = HttpClient.newHttpClient();
    String body = "{\"profile\":{\"name\":\"naive-" + i + "\"}}";
    try {
      while (true) {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/api/v1/groups"))
                    .header("Authorization", "SSWS " + simulator.token())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 429) {
          return;
        }
        Thread.sleep(waitMillis(response));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long waitMillis(HttpResponse<String> response) {
    long reset = Long.parseLong(response.headers().firstValue("x-rate-limit-reset").orElse("0"));
    long now =
        response
            .headers()
            .firstValue("date")
            .map(d -> ZonedDateTime.parse(d, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond())
            .orElse(Instant.now().getEpochSecond());
    return Math.max(1, (long) ((reset - now) * 1000 / OktaSimulatorResource.TIME_SCALE));
  }

  private static int intFromEnv(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }

  /** One client's figures. */
  private record Result(
      String name, int calls, int refused, long elapsedNanos, String callsPerWindow) {
    String line(double allowedPerMinute) {
      double scaledMinutes = elapsedNanos / 1e9 * OktaSimulatorResource.TIME_SCALE / 60;
      double created = N;
      double perMinute = created / scaledMinutes;
      return String.format(
          Locale.ROOT,
          "%-8s calls made %4d | 429s %4d | elapsed %6.2f s real (%5.2f scaled min) |"
              + " achieved %6.1f creates/scaled min = %5.1f %% of the allowed %.0f (share of L)"
              + "%n         calls per Okta window: %s",
          name,
          calls,
          refused,
          elapsedNanos / 1e9,
          scaledMinutes,
          perMinute,
          100 * perMinute / allowedPerMinute,
          allowedPerMinute,
          callsPerWindow);
    }
  }
}
