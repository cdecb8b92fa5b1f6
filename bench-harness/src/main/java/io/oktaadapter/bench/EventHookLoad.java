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
import java.util.concurrent.ConcurrentHashMap;
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

    double ceiling =
        PostgresCeiling.transactionsPerSecond(
            args.get("db-url"),
            args.get("db-user"),
            args.get("db-password"),
            concurrency,
            Duration.ofSeconds(10));
    System.out.printf(
        "PostgreSQL durable single-row insert ceiling at concurrency %d: %.0f tx/s%n",
        concurrency, ceiling);

    AtomicBoolean consuming = new AtomicBoolean(true);
    Thread consumer = new Thread(() -> consume(consuming), "kafka-reader");
    consumer.start();
    Thread.sleep(3000); // let the consumer take its partitions before anything is sent

    closedLoop("warm-up", concurrency, Duration.ofSeconds(10), 1);
    Duration warmUpDrain = awaitBacklogDrained();
    Result paced = openLoop("paced-" + rate, concurrency, rateDuration, rate);
    long lost = awaitDelivered(paced.events, Duration.ofSeconds(60));
    consuming.set(false);
    consumer.join();
    awaitBacklogDrained();
    Result one = closedLoop("closed-1", concurrency, duration, 1);
    Duration oneDrain = awaitBacklogDrained();
    Result ten = closedLoop("closed-10", concurrency, duration, 10);
    Duration tenDrain = awaitBacklogDrained();

    System.out.println();
    System.out.printf(
        "%-34s %12s %12s %10s %10s %10s %8s%n",
        "phase", "deliveries/s", "events/s", "ack p50", "ack p99", "ack max", "errors");
    for (Result r : List.of(one, ten, paced)) {
      System.out.printf(
          "%-34s %12.0f %12.0f %8.1fms %8.1fms %8.1fms %8d%n",
          r.label,
          r.deliveriesPerSecond(),
          r.eventsPerSecond(),
          r.ack.percentileMillis(50),
          r.ack.percentileMillis(99),
          r.ack.maxMillis(),
          r.errors);
    }
    System.out.println();
    System.out.printf(
        "deliveries/s (1 event, concurrency %d) / PostgreSQL ceiling: %.2f  (target >= 0.5)%n",
        concurrency, one.deliveriesPerSecond() / ceiling);
    System.out.printf(
        "ack p99 at %d deliveries/s: %.1f ms  (target <= 50 ms; achieved %.0f deliveries/s)%n",
        rate, paced.ack.percentileMillis(99), paced.deliveriesPerSecond());
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

  /**
   * Waits until the application reports an empty outbox (its Prometheus gauge) and says how long.
   */
  private Duration awaitBacklogDrained() throws Exception {
    long start = System.nanoTime();
    URI metrics = URI.create(args.get("url")).resolve("/q/metrics");
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
    Result result = new Result(label + " (" + eventsPerDelivery + " ev/delivery)", duration);
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
    return result;
  }

  /** Sends at a fixed rate; latency counts from the planned send time (no coordinated omission). */
  private Result openLoop(String label, int concurrency, Duration duration, int rate)
      throws InterruptedException {
    measuredPhase = label;
    Result result = new Result(label + " (1 ev/delivery, paced)", duration);
    long start = System.nanoTime();
    long intervalNanos = 1_000_000_000L * concurrency / rate;
    long total = duration.toSeconds() * rate / concurrency;
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      int thread = t;
      long offset = intervalNanos * t / concurrency;
      threads.add(
          start(
              () -> {
                for (long i = 0; i < total; i++) {
                  long planned = start + offset + i * intervalNanos;
                  long wait = planned - System.nanoTime();
                  if (wait > 0) {
                    sleepNanos(wait);
                  }
                  send(result, label, thread, i, 1, planned);
                }
              }));
    }
    for (Thread t : threads) {
      t.join();
    }
    return result;
  }

  private void send(
      Result result, String label, int thread, long seq, int events, long plannedNanos) {
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
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(args.get("url")))
            .timeout(Duration.ofSeconds(3))
            .header("Authorization", args.get("secret"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
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
    final Duration duration;
    final LatencyRecorder ack = new LatencyRecorder();
    final AtomicLong events = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    long errors;

    Result(String label, Duration duration) {
      this.label = label;
      this.duration = duration;
    }

    void errorCount() {
      errors = failures.incrementAndGet();
    }

    double deliveriesPerSecond() {
      return ack.count() / (duration.toMillis() / 1000.0);
    }

    double eventsPerSecond() {
      return events.get() / (duration.toMillis() / 1000.0);
    }
  }
}
