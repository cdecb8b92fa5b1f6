package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.port.in.provisioning.RunProvisioningJobUseCase;
import io.oktaadapter.domain.app.AppTemplate;
import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.app.ApplicationKind;
import io.oktaadapter.domain.app.BaseUrl;
import io.oktaadapter.domain.okta.OktaResourceType;
import io.oktaadapter.domain.provisioning.PlanStep;
import io.oktaadapter.domain.provisioning.ProvisioningPlan;
import io.oktaadapter.domain.provisioning.TenantResources;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.TenantSpec;
import io.oktaadapter.simulator.OktaSimulator;
import io.oktaadapter.simulator.RateBucket;
import io.oktaadapter.simulator.RateLimitTier;
import io.oktaadapter.simulator.RecordedExchange;
import io.oktaadapter.testing.PostgresServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (run by {@code bench/provisioning}, not by the build; the name does not end in Test):
 * the application's provisioning (operator API, job runner code, Okta REST adapter with its
 * governor, PostgreSQL) against the embedded Okta simulator. The test drives the runner use case
 * itself, with the threads the production runner would use, so that everything submitted before the
 * first claim lands in one job. Writes {@code target/bench/provisioning.txt}.
 *
 * <ol>
 *   <li>Latency: every Okta call takes 100 ms; one tenant (MFA required) with an EFS and a DV
 *       application. Wall time against the critical path: the longest chain of Okta calls that must
 *       wait for each other, times 100 ms.
 *   <li>Throughput: 100 tenants against Okta's Integrator-free limits (scaled time: one minute of
 *       the limits lasts one second). 429s seen by the simulator, and total time against the floor
 *       that the limits impose on the calls made: per bucket, calls / (limit x the adapter's share
 *       of it), the largest bucket deciding.
 * </ol>
 */
@QuarkusTest
@TestProfile(ProvisioningBench.RunnerDrivenByTheBench.class)
class ProvisioningBench {

  /** The application's runner is off; the bench runs the same use case on its own threads. */
  public static class RunnerDrivenByTheBench implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      // Enough connections for the bench's runner threads and their parallel steps.
      return Map.of(
          "okta-adapter.provisioning.runner-enabled", "false",
          "quarkus.datasource.jdbc.max-size", "48");
    }
  }

  private static final Duration LATENCY = Duration.ofMillis(100);
  private static final int TENANTS = intFromEnv("BENCH_TENANTS", 100);
  private static final int RUNNER_THREADS = intFromEnv("BENCH_RUNNER_THREADS", 16);
  private static final double SHARE = 0.5;
  private static final boolean TRACE = System.getenv("BENCH_TRACE") != null;

  /**
   * Okta calls each step makes one after the other (look-up before create, create, finishing update
   * and read-back): the weight of the step on the critical path.
   */
  private static final Map<OktaResourceType, Integer> CALLS_PER_CREATE =
      Map.of(
          OktaResourceType.GROUP, 2, // search by name, create
          OktaResourceType.GROUP_RULE, 4, // search by name, create, read, activate
          OktaResourceType.TRUSTED_ORIGIN, 2, // search by name, create
          OktaResourceType.SIGN_ON_POLICY, 3, // list by name, create policy, create its rule
          OktaResourceType.OIDC_APPLICATION, 5, // search, create, update, read back, credentials
          OktaResourceType.APPLICATION_GROUP_ASSIGNMENT, 1); // assign

  @Inject RunProvisioningJobUseCase runJob;
  private final List<Long> oktaPhases = new ArrayList<>();
  private final List<Integer> oktaCalls = new ArrayList<>();

  @Test
  void provisioning_latencyAndThroughput_figuresAreWritten() throws Exception {
    OktaSimulator simulator = OktaSimulatorTestResource.simulator();
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "Provisioning benchmark (%s, %d cores, %d runner threads, step parallelism from"
                + " configuration)%n",
            Instant.now(),
            Runtime.getRuntime().availableProcessors(),
            RUNNER_THREADS));
    try {
      latency(simulator, report);
      throughput(simulator, report);
    } finally {
      simulator.setLatency(Duration.ZERO);
      simulator.setTier(RateLimitTier.ENTERPRISE);
    }
    System.out.println(report);
    Path out = Path.of("target", "bench", "provisioning.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString());
  }

  private void latency(OktaSimulator simulator, StringBuilder report) throws Exception {
    simulator.setTier(RateLimitTier.ENTERPRISE);
    // Warm-up (JIT, connection pools), not measured.
    provisionTenantWithApps(simulator, "bench-warm", Duration.ZERO);
    long criticalCalls = criticalPathCalls();
    oktaPhases.clear();
    oktaCalls.clear();
    List<Long> runs = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      runs.add(provisionTenantWithApps(simulator, "bench-lat-" + i, LATENCY));
    }
    long best = runs.stream().mapToLong(Long::longValue).min().orElseThrow();
    long critical = criticalCalls * LATENCY.toMillis();
    report.append(
        String.format(
            Locale.ROOT,
            "1) one tenant (MFA) + EFS + DV, Okta latency %d ms: wall %s ms (best %d ms);"
                + " critical path %d dependent calls x %d ms = %d ms; ratio %.2f (target <="
                + " 1.30)%n   Okta phase (first call to last answer) %s ms for %s calls"
                + " (sequential would be %d ms); best ratio to critical path %.2f%n",
            LATENCY.toMillis(),
            runs,
            best,
            criticalCalls,
            LATENCY.toMillis(),
            critical,
            best / (double) critical,
            oktaPhases,
            oktaCalls,
            oktaCalls.isEmpty() ? 0 : oktaCalls.get(0) * LATENCY.toMillis(),
            oktaPhases.stream().mapToLong(Long::longValue).min().orElse(0) / (double) critical));
  }

  /**
   * Submits a tenant with an EFS and a DV application, then runs the queued jobs; answers the wall
   * time from the start of the runner to the end of the first job, which provisions all of it.
   */
  private long provisionTenantWithApps(OktaSimulator simulator, String key, Duration latency)
      throws Exception {
    simulator.setLatency(Duration.ZERO);
    String alias = key + ".example.com";
    List<String> jobs = new ArrayList<>();
    jobs.add(submit("/api/v1/tenants", TenantProvisioningTest.spec(key, "REQUIRED", alias)));
    for (String kind : List.of("EFS", "DV")) {
      jobs.add(
          submit(
              "/api/v1/tenants/" + key + "/applications",
              Map.of("kind", kind, "baseUrls", Map.of(alias, "https://" + alias))));
    }
    simulator.setLatency(latency);
    long start = System.nanoTime();
    List<String> trace = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Long> answers = java.util.Collections.synchronizedList(new ArrayList<>());
    Consumer<RecordedExchange> tracer =
        e -> {
          answers.add(System.nanoTime() - start);
          trace.add(
              String.format(
                  Locale.ROOT,
                  "%5d ms %s %s %d",
                  (System.nanoTime() - start) / 1_000_000,
                  e.method(),
                  e.path(),
                  e.status()));
        };
    simulator.addExchangeListener(tracer);
    // The first job holds the whole desired state; the two later ones find nothing left to do.
    long millis = (runUntilDone(jobs.subList(0, 1), 1) - start) / 1_000_000;
    simulator.removeExchangeListener(tracer);
    if (TRACE) {
      System.out.println("[bench] Okta answers of " + key + ":\n" + String.join("\n", trace));
    }
    if (!answers.isEmpty()) {
      // From the start of the first Okta call to the last answer: the part the plan's shape
      // decides.
      long first = answers.stream().mapToLong(Long::longValue).min().orElseThrow();
      long last = answers.stream().mapToLong(Long::longValue).max().orElseThrow();
      oktaPhases.add((last - first) / 1_000_000 + latency.toMillis());
      oktaCalls.add(answers.size());
    }
    simulator.setLatency(Duration.ZERO);
    runUntilDone(jobs, 1);
    assertThat(OktaOrgState.resourcesOf(key)).hasSize(7).doesNotHaveDuplicates();
    return millis;
  }

  /**
   * The longest chain of dependent Okta calls of the tenant + EFS + DV plan, plus the config read.
   */
  private static long criticalPathCalls() {
    var tenant =
        TenantSpec.parse("bench", "Bench", List.of("bench.example.com"), List.of(), "REQUIRED")
            .register(Instant.now());
    AppTemplate template = new AppTemplate(List.of("/cb"), List.of("/bye"), "/login");
    List<Application> apps = new ArrayList<>();
    for (ApplicationKind kind : List.of(ApplicationKind.of("EFS"), ApplicationKind.of("DV"))) {
      apps.add(
          Application.register(
              ApplicationId.random(),
              tenant.key(),
              kind,
              Map.of(Alias.of("bench.example.com"), BaseUrl.of("https://bench.example.com")),
              Instant.now()));
    }
    ProvisioningPlan plan =
        ProvisioningPlan.between(TenantResources.desired(tenant, apps, k -> template), List.of());
    List<List<Integer>> waits = plan.dependencies();
    long[] finish = new long[plan.steps().size()];
    long longest = 0;
    for (int i = 0; i < finish.length; i++) {
      PlanStep step = plan.steps().get(i);
      long start = 0;
      for (int j : waits.get(i)) {
        start = Math.max(start, finish[j]);
      }
      finish[i] = start + CALLS_PER_CREATE.get(step.type());
      longest = Math.max(longest, finish[i]);
    }
    // After the last step each configured application's client id is read (one call, in parallel).
    return longest + 1;
  }

  private void throughput(OktaSimulator simulator, StringBuilder report) throws Exception {
    simulator.setLatency(Duration.ofMillis(2)); // ~100 ms of scaled time
    simulator.setTier(RateLimitTier.INTEGRATOR_FREE);
    List<String> jobs = new ArrayList<>();
    for (int i = 0; i < TENANTS; i++) {
      String key = "bench-tp-" + i;
      jobs.add(
          submit("/api/v1/tenants", TenantProvisioningTest.spec(key, "OFF", key + ".example.com")));
    }
    // Let the windows the submission opened (none: no Okta calls) and earlier runs pass.
    Thread.sleep(2_000);
    Map<RateBucket, AtomicInteger> calls = new ConcurrentHashMap<>();
    AtomicInteger tooMany = new AtomicInteger();
    Consumer<RecordedExchange> counter =
        e -> {
          calls
              .computeIfAbsent(RateBucket.classify(e.path()), b -> new AtomicInteger())
              .incrementAndGet();
          if (e.status() == 429) {
            tooMany.incrementAndGet();
          }
        };
    simulator.addExchangeListener(counter);
    long before429 = simulator.stats().rateLimited() + simulator.stats().concurrencyRejected();
    long start = System.nanoTime();
    long ended;
    try {
      ended = runUntilDone(jobs, RUNNER_THREADS);
    } finally {
      simulator.removeExchangeListener(counter);
    }
    double seconds = (ended - start) / 1e9;
    long seen429 =
        simulator.stats().rateLimited() + simulator.stats().concurrencyRejected() - before429;
    double realSecondsPerMinute = 60 / OktaSimulatorTestResource.TIME_SCALE;
    double floor = 0;
    RateBucket decisive = null;
    Map<RateBucket, String> perBucket = new EnumMap<>(RateBucket.class);
    for (var entry : calls.entrySet()) {
      int limit = RateLimitTier.INTEGRATOR_FREE.perMinute(entry.getKey());
      double minutes = entry.getValue().get() / (limit * SHARE);
      perBucket.put(
          entry.getKey(),
          String.format(
              Locale.ROOT, "%d calls / (%d x %.1f)/min", entry.getValue().get(), limit, SHARE));
      if (minutes * realSecondsPerMinute > floor) {
        floor = minutes * realSecondsPerMinute;
        decisive = entry.getKey();
      }
    }
    report.append(
        String.format(
            Locale.ROOT,
            "2) %d tenants (2 groups, rule, 1 origin each), Integrator-free limits, time scale %.0f"
                + " (1 scaled minute = %.0f ms): %d x 429 (target 0); total %.2f s; floor %.2f s"
                + " (bucket %s: %s); ratio %.2f (target <= 1.20)%n   calls per bucket: %s%n",
            TENANTS,
            OktaSimulatorTestResource.TIME_SCALE,
            realSecondsPerMinute * 1000,
            Math.max(seen429, tooMany.get()),
            seconds,
            floor,
            decisive,
            perBucket.get(decisive),
            seconds / floor,
            perBucket));
  }

  private static String submit(String path, Object body) {
    return given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then()
        .statusCode(202)
        .extract()
        .path("id");
  }

  /**
   * Runs jobs on {@code threads} runner threads until every one of {@code jobs} has ended; answers
   * when (System.nanoTime) the end of the last one was seen, before the runners are stopped.
   */
  private long runUntilDone(List<String> jobs, int threads) throws Exception {
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService runners = Executors.newFixedThreadPool(threads);
    for (int i = 0; i < threads; i++) {
      String name = "bench-runner-" + i;
      runners.submit(
          () -> {
            while (!done.get()) {
              if (!runJob.runNext(name)) {
                sleep(20);
              }
            }
          });
    }
    // Looked up with one query on the database (not through the API), so that watching costs the
    // application under test nothing.
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    int open = jobs.size();
    try (var db = PostgresServer.shared().connect();
        var query =
            db.prepareStatement(
                "select count(*) from provisioning_job where job_id = any (?::uuid[])"
                    + " and status in ('QUEUED', 'RUNNING')")) {
      query.setArray(1, db.createArrayOf("varchar", jobs.toArray()));
      while (open > 0 && System.nanoTime() < deadline) {
        try (var rows = query.executeQuery()) {
          rows.next();
          open = rows.getInt(1);
        }
        if (open > 0) {
          sleep(jobs.size() == 1 ? 2 : 50);
        }
      }
    }
    long ended = System.nanoTime();
    done.set(true);
    runners.shutdown();
    runners.awaitTermination(1, TimeUnit.MINUTES);
    assertThat(open).as("jobs still unfinished").isZero();
    for (String id : jobs) {
      assertThat(status(id)).isEqualTo("SUCCEEDED");
    }
    return ended;
  }

  private static String status(String job) {
    return given()
        .header("Authorization", Tokens.bearer("vera", "viewer"))
        .get("/api/v1/jobs/" + job)
        .then()
        .statusCode(200)
        .extract()
        .path("status");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int intFromEnv(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }
}
