package io.oktaadapter.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Command benchmark: sends commands to okta-adapter.commands (a mix of clearing a user's sessions
 * and adding/removing an alias of existing tenants) from C closed-loop clients, one tenant each,
 * and measures the time from the send to the command's final result on
 * okta-adapter.command-results. Baseline in the same run: a raw Kafka produce-to-consume round trip
 * on the same broker with the same clients.
 */
public final class CommandLoad {

  private static final String COMMANDS = "okta-adapter.commands";
  private static final String RESULTS = "okta-adapter.command-results";
  private static final String BASELINE = "bench.commands.baseline";
  private static final String TYPE = "io.oktaadapter.command.";
  private static final String SOURCE = "urn:bench:commands";

  private final Map<String, String> args;
  private final Map<String, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final HttpClient http = HttpClient.newHttpClient();
  private KafkaProducer<String, String> producer;

  private CommandLoad(Map<String, String> args) {
    this.args = args;
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (String a : argv) {
      int eq = a.indexOf('=');
      args.put(a.substring(2, eq), a.substring(eq + 1));
    }
    try {
      new CommandLoad(args).run();
    } catch (Exception e) {
      e.printStackTrace();
      // the client pools' threads would keep the JVM alive
      System.exit(1);
    }
    System.exit(0);
  }

  private void run() throws Exception {
    String kafka = args.get("kafka");
    int total = Integer.parseInt(args.getOrDefault("commands", "1000"));
    int clients = Integer.parseInt(args.getOrDefault("clients", "8"));
    int users = Integer.parseInt(args.getOrDefault("users", "50"));
    createTopics(kafka);
    producer = producer(kafka);
    Thread listener = listen(kafka, RESULTS, this::onResult);

    List<String> logins = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      logins.add(
          createUser("bench-user-" + i + "-" + UUID.randomUUID().toString().substring(0, 6)));
    }
    List<String> tenants = new ArrayList<>();
    List<CompletableFuture<String>> provisioned = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      String tenant = "bench-t" + c + "-" + UUID.randomUUID().toString().substring(0, 4);
      tenants.add(tenant);
      provisioned.add(
          send(
              tenant,
              "tenant.provision",
              "{\"displayName\":\"Bench "
                  + c
                  + "\",\"aliases\":[\"a."
                  + tenant
                  + ".example.com\"]}"));
    }
    for (CompletableFuture<String> f : provisioned) {
      String status = f.get(120, TimeUnit.SECONDS);
      if (!status.equals("finished")) {
        throw new IllegalStateException("tenant provisioning " + status);
      }
    }
    System.out.printf("[bench] %d users and %d tenants ready%n", users, clients);

    runMix(tenants, logins, 50, null, null, null);
    LatencyRecorder all = new LatencyRecorder();
    LatencyRecorder sessions = new LatencyRecorder();
    LatencyRecorder aliases = new LatencyRecorder();
    long start = System.nanoTime();
    int failed = runMix(tenants, logins, total, all, sessions, aliases);
    double seconds = (System.nanoTime() - start) / 1e9;
    running.set(false);
    listener.join(5000);

    LatencyRecorder baseline = baseline(kafka, clients, total);

    System.out.printf(
        "[bench] commands: %d in %.1f s (%.0f/s), %d clients, %d failed results%n",
        all.count(), seconds, all.count() / seconds, clients, failed);
    report("command -> result (all)", all);
    report("  user.sessions.clear", sessions);
    report("  tenant.alias.add/remove (provisioning job)", aliases);
    report("baseline: raw Kafka produce -> consume", baseline);
    System.out.printf(
        "[bench] ratio command/baseline: p50 %.1fx, p99 %.1fx%n",
        all.percentileMillis(50) / baseline.percentileMillis(50),
        all.percentileMillis(99) / baseline.percentileMillis(99));
  }

  /** C closed-loop clients: every fifth command of a client changes an alias, the rest clear. */
  private int runMix(
      List<String> tenants,
      List<String> logins,
      int total,
      LatencyRecorder all,
      LatencyRecorder sessions,
      LatencyRecorder aliases)
      throws Exception {
    AtomicInteger remaining = new AtomicInteger(total);
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(tenants.size());
    List<java.util.concurrent.Future<?>> done = new ArrayList<>();
    for (String tenant : tenants) {
      done.add(
          pool.submit(
              () -> {
                boolean hasExtra = false;
                for (int n = 0; remaining.getAndDecrement() > 0; n++) {
                  boolean alias = n % 5 == 4;
                  String type;
                  String data;
                  if (alias) {
                    type = hasExtra ? "tenant.alias.remove" : "tenant.alias.add";
                    data = "{\"alias\":\"b." + tenant + ".example.com\"}";
                    hasExtra = !hasExtra;
                  } else {
                    type = "user.sessions.clear";
                    String login = logins.get(ThreadLocalRandom.current().nextInt(logins.size()));
                    data = "{\"login\":\"" + login + "\"}";
                  }
                  long t0 = System.nanoTime();
                  String status;
                  try {
                    status = send(tenant, type, data).get(120, TimeUnit.SECONDS);
                  } catch (Exception e) {
                    throw new IllegalStateException("no result in time for " + type, e);
                  }
                  long micros = (System.nanoTime() - t0) / 1000;
                  if (!status.equals("finished")) {
                    failed.incrementAndGet();
                  }
                  if (all != null) {
                    all.record(micros);
                    (alias ? aliases : sessions).record(micros);
                  }
                }
                return null;
              }));
    }
    for (var f : done) {
      f.get();
    }
    pool.shutdown();
    return failed.get();
  }

  private CompletableFuture<String> send(String key, String type, String data) {
    String id = UUID.randomUUID().toString();
    CompletableFuture<String> result = new CompletableFuture<>();
    pending.put(id, result);
    ProducerRecord<String, String> record = new ProducerRecord<>(COMMANDS, key, data);
    header(record, "ce_specversion", "1.0");
    header(record, "ce_id", id);
    header(record, "ce_type", TYPE + type);
    header(record, "ce_source", SOURCE);
    header(record, "content-type", "application/json");
    producer.send(record);
    return result;
  }

  private void onResult(ConsumerRecord<String, String> record) {
    String type = header(record, "ce_type");
    if (!type.endsWith(".finished") && !type.endsWith(".failed")) {
      return;
    }
    CompletableFuture<String> waiting = pending.remove(header(record, "ce_correlationid"));
    if (waiting != null) {
      waiting.complete(type.substring(type.lastIndexOf('.') + 1));
    }
  }

  private LatencyRecorder baseline(String kafka, int clients, int total) throws Exception {
    Map<String, CompletableFuture<Long>> inFlight = new ConcurrentHashMap<>();
    running.set(true);
    Thread listener =
        listen(
            kafka,
            BASELINE,
            r -> {
              CompletableFuture<Long> f = inFlight.remove(r.value());
              if (f != null) {
                f.complete(System.nanoTime());
              }
            });
    LatencyRecorder recorder = new LatencyRecorder();
    AtomicInteger remaining = new AtomicInteger(total + 50);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<java.util.concurrent.Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      String key = "baseline-" + c;
      done.add(
          pool.submit(
              () -> {
                while (true) {
                  int left = remaining.getAndDecrement();
                  if (left <= 0) {
                    return null;
                  }
                  String id = UUID.randomUUID().toString();
                  CompletableFuture<Long> f = new CompletableFuture<>();
                  inFlight.put(id, f);
                  long t0 = System.nanoTime();
                  producer.send(new ProducerRecord<>(BASELINE, key, id));
                  long t1 = f.get(60, TimeUnit.SECONDS);
                  if (left <= total) {
                    recorder.record((t1 - t0) / 1000);
                  }
                }
              }));
    }
    for (var f : done) {
      f.get();
    }
    pool.shutdown();
    running.set(false);
    listener.join(5000);
    return recorder;
  }

  /** A thread reading the topic from its current end, handing every record to the handler. */
  private Thread listen(
      String kafka, String topic, java.util.function.Consumer<ConsumerRecord<String, String>> h)
      throws InterruptedException {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p);
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic).stream()
            .map(i -> new TopicPartition(topic, i.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try (consumer) {
                ready.complete(null);
                while (running.get()) {
                  consumer.poll(Duration.ofMillis(20)).forEach(h);
                }
              }
            },
            "bench-listener-" + topic);
    thread.setDaemon(true);
    thread.start();
    ready.join();
    return thread;
  }

  private void createTopics(String kafka) throws Exception {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    try (Admin admin = Admin.create(p)) {
      for (String topic : List.of(COMMANDS, RESULTS, BASELINE)) {
        try {
          admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        } catch (java.util.concurrent.ExecutionException e) {
          // already there (the application may have created it)
        }
      }
    }
  }

  private String createUser(String login) throws Exception {
    String email = login + "@example.com";
    String body =
        "{\"profile\":{\"firstName\":\"Bench\",\"lastName\":\"User\",\"email\":\""
            + email
            + "\",\"login\":\""
            + email
            + "\"}}";
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(args.get("okta-url") + "/api/v1/users?activate=true"))
                .header("Authorization", "SSWS " + args.get("okta-token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("simulator answered " + response.statusCode());
    }
    return email;
  }

  private static KafkaProducer<String, String> producer(String kafka) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    return new KafkaProducer<>(p);
  }

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static void report(String what, LatencyRecorder r) {
    System.out.printf(
        "[bench] %-45s n=%d  p50 %.1f ms  p99 %.1f ms  max %.1f ms%n",
        what, r.count(), r.percentileMillis(50), r.percentileMillis(99), r.maxMillis());
  }
}
