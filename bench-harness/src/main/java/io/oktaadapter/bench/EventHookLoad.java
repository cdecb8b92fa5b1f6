package io.oktaadapter.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Benchmark of {@code bench/event-hooks}: drives the packaged application's event-hook endpoint the
 * way Okta does (authenticated POSTs of System Log event batches) and reads the events back from
 * Kafka. Prints accepted events per second, acknowledgement latency, hook-to-Kafka latency, and the
 * same PostgreSQL's durable insert-transaction ceiling measured in the same run.
 */
public final class EventHookLoad {

  private final Map<String, String> args;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final Map<String, Long> sentAtMicros = new ConcurrentHashMap<>();
  private final LatencyRecorder hookToKafka = new LatencyRecorder();
  private final Set<String> received = ConcurrentHashMap.newKeySet();
  private volatile String measuredPhase = "";
  private ProcessCpu cpu;

  private EventHookLoad(Map<String, String> args) {
    this.args = args;
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (String a : argv) {
      int eq = a.indexOf('=');
      args.put(a.substring(2, eq), a.substring(eq + 1));
    }
    new EventHookLoad(args).run();
  }

  private void run() throws Exception {
    int concurrency = Integer.parseInt(args.getOrDefault("concurrency", "16"));
    Duration duration = Duration.ofSeconds(Long.parseLong(args.getOrDefault("seconds", "60")));
    int rate = Integer.parseInt(args.getOrDefault("rate", "500"));
    Duration rateDuration =
        Duration.ofSeconds(Long.parseLong(args.getOrDefault("rate-seconds", "30")));

    cpu =
        new ProcessCpu(
            Long.parseLong(args.getOrDefault("app-pid", "0")),
            Long.parseLong(args.getOrDefault("pg-pid", "0")),
            Long.parseLong(args.getOrDefault("broker-pid", "0")));
    String wrk = args.getOrDefault("wrk", "");
    System.out.println(
        wrk.isEmpty()
            ? "load generator: Java HttpClient, one thread per connection (no wrk found)"
            : "load generator: wrk (closed-loop phases), Java HttpClient (open-loop phase)");

    ProcessCpu.Split ceilingStart = cpu.split();
    double ceiling =
        PostgresCeiling.transactionsPerSecond(
            args.get("db-url"),
            args.get("db-user"),
            args.get("db-password"),
            concurrency,
            Duration.ofSeconds(10));
    ProcessCpu.Split ceilingCpu = cpu.split().minus(ceilingStart);
    System.out.printf(
        "PostgreSQL durable single-row insert ceiling at concurrency %d: %.0f tx/s"
            + " (CPU per transaction: PostgreSQL %.3f ms, JDBC client %.3f ms)%n",
        concurrency,
        ceiling,
        ceilingCpu.postgres() / (ceiling * 10),
        ceilingCpu.harness() / (ceiling * 10));

    AtomicBoolean consuming = new AtomicBoolean(true);
    Thread consumer = new Thread(() -> consume(consuming), "kafka-reader");
    consumer.start();
    Thread.sleep(3000); // let the consumer take its partitions before anything is sent

    closedLoop("warm-up", concurrency, Duration.ofSeconds(10), 1);
    Duration warmUpDrain = awaitBacklogDrained();
    Result paced = openLoop("open-" + rate, concurrency, rateDuration, rate);
    long lost = awaitDelivered(paced.events, Duration.ofSeconds(60));
    consuming.set(false);
    consumer.join();
    awaitBacklogDrained();
    // The HTTP stack's own rate: the same generator sends the same deliveries to a fixed empty 200
    // of the same application (I/O thread, body read, nothing stored). No implementation that
    // answers through this stack on these cores can acknowledge deliveries faster.
    Result stack =
        wrk.isEmpty()
            ? null
            : wrkLoop(
                wrk,
                args.get("stack-url"),
                "http-stack",
                concurrency,
                Duration.ofSeconds(Long.parseLong(args.getOrDefault("stack-seconds", "20"))),
                1);
    boolean statements = "1".equals(args.get("pg-statements"));
    if (statements) {
      PostgresStatements.reset(PostgresLogin.of(args));
    }
    Result one =
        wrk.isEmpty()
            ? closedLoop("closed-1", concurrency, duration, 1)
            : wrkLoop(wrk, args.get("url"), "closed-1", concurrency, duration, 1);
    Duration oneDrain = awaitBacklogDrained();
    String statementReport =
        statements ? PostgresStatements.report(PostgresLogin.of(args), one.deliveries()) : "";
    Result ten =
        wrk.isEmpty()
            ? closedLoop("closed-10", concurrency, duration, 10)
            : wrkLoop(wrk, args.get("url"), "closed-10", concurrency, duration, 10);
    Duration tenDrain = awaitBacklogDrained();
    // PostgreSQL's share with no application: the required writes from a minimal JDBC client,
    // by default 4 events per commit and marks of 40 (the sixth session's closed-1 batches; kept so
    // that floor figures stay comparable; closed-1 now commits about 7 per transaction).
    int floorPerCommit = Integer.parseInt(args.getOrDefault("floor-per-commit", "4"));
    int floorConcurrency =
        Integer.parseInt(args.getOrDefault("floor-concurrency", Integer.toString(concurrency)));
    PostgresFloor.Result floor =
        PostgresFloor.measure(
            PostgresLogin.of(args),
            cpu,
            floorConcurrency,
            Duration.ofSeconds(Long.parseLong(args.getOrDefault("floor-seconds", "20"))),
            floorPerCommit,
            40);

    System.out.println();
    System.out.printf(
        "%-34s %12s %12s %10s %10s %10s %8s %14s %14s%n",
        "phase",
        "deliveries/s",
        "events/s",
        "ack p50",
        "ack p99",
        "ack max",
        "errors",
        "app CPU ms/1k",
        "PG CPU ms/1k");
    List<Result> shown = new ArrayList<>(List.of(one, ten, paced));
    if (stack != null) {
      shown.add(stack);
    }
    for (Result r : shown) {
      System.out.printf(
          "%-34s %12.0f %12.0f %8.1fms %8.1fms %8.1fms %8d %14.0f %14.0f%n",
          r.label,
          r.deliveriesPerSecond(),
          r.eventsPerSecond(),
          r.p50(),
          r.p99(),
          r.max(),
          r.errors,
          r.appCpuPerThousand(),
          r.pgCpuPerThousand());
    }
    System.out.println(
        "(CPU ms/1k: CPU time, user + system, used per 1000 deliveries during the phase, including"
            + " the relay's work published within it; hardly affected by other load)");
    System.out.print(statementReport);
    System.out.println("PostgreSQL per delivery:");
    for (Result r : shown) {
      if (r.pgDone != null) {
        System.out.printf("  %-34s %s%n", r.label, r.pgDone.perDelivery(r.deliveries()));
      }
    }
    System.out.println();
    System.out.printf(
        "deliveries/s (1 event, concurrency %d) / PostgreSQL ceiling: %.2f  (target >= 0.5)%n",
        concurrency, one.deliveriesPerSecond() / ceiling);
    if (stack != null) {
      System.out.printf(
          "HTTP stack alone (same deliveries, fixed empty 200, nothing stored) / PostgreSQL"
              + " ceiling: %.2f  (%.0f answers/s: the most any implementation answering through"
              + " this stack on these cores could reach; deliveries reach %.2f of it)%n",
          stack.deliveriesPerSecond() / ceiling,
          stack.deliveriesPerSecond(),
          one.deliveriesPerSecond() / stack.deliveriesPerSecond());
    }
    double cpuPerDelivery = (one.appCpuPerThousand() + one.pgCpuPerThousand()) / 1000.0;
    if (cpuPerDelivery > 0) {
      int cores = Runtime.getRuntime().availableProcessors();
      System.out.printf(
          "CPU per 1-event delivery: application %.3f ms + PostgreSQL %.3f ms; %d cores could"
              + " carry at most %.0f deliveries/s even without Kafka or the load generator%n",
          one.appCpuPerThousand() / 1000.0,
          one.pgCpuPerThousand() / 1000.0,
          cores,
          cores * 1000.0 / cpuPerDelivery);
    }
    printCpuSplit(shown, ceiling);
    System.out.printf(
        "PostgreSQL floor (event row + outbox row, %d per commit, marked in batches of 40, %d"
            + " connections of a minimal JDBC client, no application, no relay claim): %.0f"
            + " events/s, PostgreSQL"
            + " CPU %.3f ms per event (closed-1: %.3f ms per delivery; 0.5 x budget for"
            + " everything: %.3f ms)%n",
        floorPerCommit,
        floorConcurrency,
        floor.eventsPerSecond(),
        floor.postgresCpuMillisPerEvent(),
        one.pgCpuPerThousand() / 1000.0,
        budgetPerDelivery(ceiling));
    System.out.printf(
        "ack p99 at %d deliveries/s: %.1f ms  (target <= 50 ms; achieved %.0f deliveries/s)%n",
        rate, paced.p99(), paced.deliveriesPerSecond());
    System.out.printf(
        "hook-to-Kafka at %d deliveries/s: p50 %.1f ms, p99 %.1f ms, max %.1f ms  (target p99 <= 250 ms)%n",
        rate,
        hookToKafka.percentileMillis(50),
        hookToKafka.percentileMillis(99),
        hookToKafka.maxMillis());
    System.out.printf("events acknowledged but not read back from Kafka within 60 s: %d%n", lost);
    System.out.printf(
        "outbox backlog drained %.1f s after the warm-up, %.1f s after closed-1, %.1f s after closed-10%n",
        warmUpDrain.toMillis() / 1000.0,
        oneDrain.toMillis() / 1000.0,
        tenDrain.toMillis() / 1000.0);
  }

  /** CPU ms per delivery that all of this machine's cores have at 0.5 × the ceiling's rate. */
  private static double budgetPerDelivery(double ceiling) {
    return Runtime.getRuntime().availableProcessors() * 1000.0 / (0.5 * ceiling);
  }

  /**
   * Where the two cores went per delivery in each phase, process by process, against what 0.5 × the
   * ceiling allows: at that rate the cores can spend at most {@code cores / (0.5 × ceiling)} per
   * delivery on everything that runs here (load generator, HTTP, application, PostgreSQL, Kafka
   * broker, kernel).
   */
  private static void printCpuSplit(List<Result> phases, double ceiling) {
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.println();
    System.out.printf(
        "CPU per delivery, ms (user + system; at 0.5 x the ceiling the %d cores have %.3f ms per"
            + " delivery for everything):%n",
        cores, budgetPerDelivery(ceiling));
    System.out.printf(
        "  %-34s %7s %7s %7s %7s %7s %7s %8s%n",
        "phase", "wrk", "harness", "app", "PG", "broker", "sum", "of cores");
    for (Result r : phases) {
      ProcessCpu.Split c = r.cpuSplit;
      long n = r.deliveries();
      if (c == null || n == 0) {
        continue;
      }
      double wall = r.cpuWallMillis * cores;
      System.out.printf(
          "  %-34s %7.3f %7.3f %7.3f %7.3f %7.3f %7.3f %7.0f%%%n",
          r.label,
          c.generators() / n,
          c.harness() / n,
          c.app() / n,
          c.postgres() / n,
          c.broker() / n,
          c.total() / n,
          wall > 0 ? 100 * c.total() / wall : 0);
    }
    System.out.println(
        "  (wrk: the closed loops' generator, counted when it exits; harness: this JVM, the open"
            + " loop's HTTP client and the Kafka reader that reads the open loop's events back;"
            + " of cores: the sum's share of the cores' time in the phase; the kernel's own network"
            + " work is not in it)");
  }

  /**
   * Waits until the application reports an empty outbox (its Prometheus gauge) and says how long.
   */
  private Duration awaitBacklogDrained() throws Exception {
    long start = System.nanoTime();
    // The management port's metrics (--metrics-url); the hook URL's port serves no /q/metrics.
    URI metrics =
        args.containsKey("metrics-url")
            ? URI.create(args.get("metrics-url"))
            : URI.create(args.get("url")).resolve("/q/metrics");
    while (System.nanoTime() - start < Duration.ofMinutes(10).toNanos()) {
      String body =
          http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString())
              .body();
      boolean empty =
          body.lines()
              .anyMatch(
                  l -> l.startsWith("okta_adapter_outbox_backlog") && l.trim().endsWith(" 0.0"));
      if (empty) {
        return Duration.ofNanos(System.nanoTime() - start);
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the outbox backlog did not drain within 10 minutes");
  }

  private Result closedLoop(String label, int concurrency, Duration duration, int eventsPerDelivery)
      throws InterruptedException {
    Result result =
        new Result(
            label + " (" + eventsPerDelivery + " ev/delivery)", duration, PostgresLogin.of(args));
    result.startCpu(cpu);
    long end = System.nanoTime() + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      int thread = t;
      threads.add(
          start(
              () -> {
                long seq = 0;
                while (System.nanoTime() < end) {
                  send(result, label, thread, seq++, eventsPerDelivery, System.nanoTime());
                }
              }));
    }
    for (Thread t : threads) {
      t.join();
    }
    result.endCpu(cpu);
    return result;
  }

  /**
   * Closed loop driven by wrk (a C load generator that needs far less CPU than the JVM's
   * HttpClient, leaving more of the shared cores to the application): {@code concurrency}
   * connections on two threads, each sending its next delivery when the last one was answered.
   */
  private Result wrkLoop(
      String wrk,
      String url,
      String label,
      int concurrency,
      Duration duration,
      int eventsPerDelivery)
      throws Exception {
    Result result =
        new Result(
            label + " (" + eventsPerDelivery + " ev/delivery, wrk)",
            duration,
            PostgresLogin.of(args));
    result.startCpu(cpu);
    Process p =
        new ProcessBuilder(
                wrk,
                "-t2",
                "-c" + concurrency,
                "-d" + duration.toSeconds() + "s",
                "--timeout",
                "3s",
                "-s",
                args.get("wrk-script"),
                url,
                "--",
                Integer.toString(eventsPerDelivery),
                args.get("secret"),
                label + "-" + System.currentTimeMillis())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    result.endCpu(cpu);
    String line =
        out.lines()
            .filter(l -> l.startsWith("RESULT "))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("wrk printed no result:\n" + out));
    Map<String, Long> v = new HashMap<>();
    for (String kv : line.substring(7).trim().split(" ")) {
      int eq = kv.indexOf('=');
      v.put(kv.substring(0, eq), Long.parseLong(kv.substring(eq + 1)));
    }
    long failed = v.get("non2xx") + v.get("socket_errors");
    long ok = Math.max(0, v.get("requests") - v.get("non2xx"));
    result.external(
        ok,
        ok * eventsPerDelivery,
        failed,
        v.get("p50_us"),
        v.get("p99_us"),
        v.get("max_us"),
        Duration.ofNanos(v.get("duration_us") * 1000));
    return result;
  }

  /**
   * Open loop: requests are issued at a fixed rate, asynchronously, however long earlier ones take;
   * latency counts from the planned send time, so a slow system cannot hide behind a waiting client
   * (no coordinated omission).
   */
  private Result openLoop(String label, int concurrency, Duration duration, int rate) {
    measuredPhase = label;
    Result result =
        new Result(label + " (1 ev/delivery, open loop)", duration, PostgresLogin.of(args));
    result.startCpu(cpu);
    long start = System.nanoTime();
    long intervalNanos = 1_000_000_000L / rate;
    long total = duration.toSeconds() * rate;
    List<CompletableFuture<Void>> inFlight = new ArrayList<>();
    for (long i = 0; i < total; i++) {
      long planned = start + i * intervalNanos;
      long wait = planned - System.nanoTime();
      if (wait > 0) {
        sleepNanos(wait);
      }
      inFlight.add(sendAsync(result, request(label, (int) (i % concurrency), i, 1), planned));
    }
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
        .orTimeout(60, TimeUnit.SECONDS)
        .exceptionally(e -> null)
        .join();
    result.endCpu(cpu);
    return result;
  }

  private CompletableFuture<Void> sendAsync(Result result, HttpRequest request, long plannedNanos) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle(
            (response, failure) -> {
              if (failure == null && response.statusCode() == 200) {
                result.ack.record((System.nanoTime() - plannedNanos) / 1000);
                result.events.addAndGet(1);
              } else {
                result.errorCount();
              }
              return null;
            });
  }

  private void send(
      Result result, String label, int thread, long seq, int events, long plannedNanos) {
    try {
      HttpResponse<Void> response =
          http.send(request(label, thread, seq, events), HttpResponse.BodyHandlers.discarding());
      long micros = (System.nanoTime() - plannedNanos) / 1000;
      if (response.statusCode() == 200) {
        result.ack.record(micros);
        result.events.addAndGet(events);
      } else {
        result.errorCount();
      }
    } catch (Exception e) {
      result.errorCount();
    }
  }

  /** A delivery in Okta's envelope with {@code events} System Log events about one user. */
  private HttpRequest request(String label, int thread, long seq, int events) {
    StringBuilder body = new StringBuilder(512 + events * 400);
    body.append(
            "{\"eventType\":\"com.okta.event_hook\",\"eventTypeVersion\":\"1.0\",\"cloudEventsVersion\":\"0.1\",")
        .append("\"source\":\"https://bench.okta.com/api/v1/eventHooks/whoBench\",\"eventId\":\"")
        .append(label)
        .append('-')
        .append(thread)
        .append('-')
        .append(seq)
        .append("\",\"data\":{\"events\":[");
    long nowMicros = nowMicros();
    for (int e = 0; e < events; e++) {
      String uuid = label + "-" + thread + "-" + seq + "-" + e + "-" + nowMicros;
      if (label.equals(measuredPhase)) {
        sentAtMicros.put(uuid, nowMicros);
      }
      String user = "00ubench" + (thread * 31 + seq % 97);
      body.append(e == 0 ? "" : ",")
          .append("{\"uuid\":\"")
          .append(uuid)
          .append("\",\"published\":\"")
          .append(Instant.now())
          .append(
              "\",\"eventType\":\"user.session.start\",\"version\":\"0\",\"severity\":\"INFO\",")
          .append("\"actor\":{\"id\":\"")
          .append(user)
          .append("\",\"type\":\"User\",\"alternateId\":\"u@example.com\"},")
          .append("\"target\":[{\"id\":\"")
          .append(user)
          .append("\",\"type\":\"User\"}],")
          .append(
              "\"outcome\":{\"result\":\"SUCCESS\"},\"debugContext\":{\"debugData\":{\"requestUri\":\"/login\"}}}");
    }
    body.append("]}}");
    return HttpRequest.newBuilder(URI.create(args.get("url")))
        .timeout(Duration.ofSeconds(3))
        .header("Authorization", args.get("secret"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
        .build();
  }

  private void consume(AtomicBoolean running) {
    Properties p = new Properties();
    p.put("bootstrap.servers", args.get("kafka"));
    p.put("key.deserializer", StringDeserializer.class.getName());
    p.put("value.deserializer", StringDeserializer.class.getName());
    p.put("enable.auto.commit", "false");
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
      String topic = args.getOrDefault("topic", "okta-adapter.identity-events");
      List<TopicPartition> partitions = new ArrayList<>();
      while (partitions.isEmpty()) {
        consumer
            .partitionsFor(topic)
            .forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      while (running.get()) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
          Header id = r.headers().lastHeader("ce_id");
          if (id == null) {
            continue;
          }
          String uuid = new String(id.value(), StandardCharsets.UTF_8);
          Long sent = sentAtMicros.get(uuid);
          if (sent != null && received.add(uuid)) {
            hookToKafka.record(nowMicros() - sent);
          }
        }
      }
    }
  }

  private long awaitDelivered(AtomicLong acknowledged, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && received.size() < acknowledged.get()) {
      Thread.sleep(200);
    }
    return Math.max(0, acknowledged.get() - received.size());
  }

  private static Thread start(Runnable work) {
    Thread t = new Thread(work);
    t.start();
    return t;
  }

  private static long nowMicros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
  }

  private static void sleepNanos(long nanos) {
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Figures of one phase. */
  private static final class Result {
    final String label;
    Duration duration;
    final LatencyRecorder ack = new LatencyRecorder();
    final AtomicLong events = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    long errors;
    ProcessCpu.Split cpuStart;
    ProcessCpu.Split cpuSplit;
    long cpuStartNanos;
    double cpuWallMillis;
    final PostgresLogin db;
    PostgresActivity pgStart;
    PostgresActivity pgDone;
    // Set when an external generator (wrk) measured the phase.
    long externalDeliveries = -1;
    long[] externalMicros;

    Result(String label, Duration duration, PostgresLogin db) {
      this.label = label;
      this.duration = duration;
      this.db = db;
    }

    void startCpu(ProcessCpu cpu) {
      cpuStart = cpu.split();
      cpuStartNanos = System.nanoTime();
      pgStart = pgActivity();
    }

    void endCpu(ProcessCpu cpu) {
      cpuSplit = cpu.split().minus(cpuStart);
      cpuWallMillis = (System.nanoTime() - cpuStartNanos) / 1e6;
      PostgresActivity end = pgActivity();
      pgDone = end == null || pgStart == null ? null : end.since(pgStart);
    }

    private PostgresActivity pgActivity() {
      try {
        return PostgresActivity.snapshot(db);
      } catch (java.sql.SQLException e) {
        return null;
      }
    }

    void external(
        long deliveries,
        long eventCount,
        long failed,
        long p50,
        long p99,
        long max,
        Duration measured) {
      externalDeliveries = deliveries;
      events.set(eventCount);
      errors = failed;
      externalMicros = new long[] {p50, p99, max};
      duration = measured;
    }

    void errorCount() {
      errors = failures.incrementAndGet();
    }

    long deliveries() {
      return externalDeliveries >= 0 ? externalDeliveries : ack.count();
    }

    double deliveriesPerSecond() {
      return deliveries() / (duration.toMillis() / 1000.0);
    }

    double eventsPerSecond() {
      return events.get() / (duration.toMillis() / 1000.0);
    }

    double p50() {
      return externalMicros != null ? externalMicros[0] / 1000.0 : ack.percentileMillis(50);
    }

    double p99() {
      return externalMicros != null ? externalMicros[1] / 1000.0 : ack.percentileMillis(99);
    }

    double max() {
      return externalMicros != null ? externalMicros[2] / 1000.0 : ack.maxMillis();
    }

    double appCpuPerThousand() {
      return deliveries() == 0 || cpuSplit == null ? 0 : cpuSplit.app() * 1000 / deliveries();
    }

    double pgCpuPerThousand() {
      return deliveries() == 0 || cpuSplit == null ? 0 : cpuSplit.postgres() * 1000 / deliveries();
    }
  }
}
