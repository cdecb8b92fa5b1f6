package io.oktaadapter.bench.chaos;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Chaos harness: reads the topic from its beginning for the whole run, keeping every record of the
 * run (CloudEvents id {@code <run>.<key>.<seq>}) in the order each key's partition holds them, with
 * the time the relay produced it (the record's create time).
 */
final class TopicLedger implements AutoCloseable {

  /** One record of the run, as it sits on the topic. */
  record Entry(String uuid, String key, long seq, long producedAtMillis) {}

  private final String bootstrap;
  private final String topic;
  private final String prefix;
  private final Map<String, List<Entry>> byKey = new HashMap<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Thread reader;

  TopicLedger(String bootstrap, String topic, String run) {
    this.bootstrap = bootstrap;
    this.topic = topic;
    this.prefix = run + ".";
    this.reader = new Thread(this::read, "chaos-topic-reader");
    reader.setDaemon(true);
    reader.start();
  }

  private void read() {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrap);
    p.put("key.deserializer", StringDeserializer.class.getName());
    p.put("value.deserializer", StringDeserializer.class.getName());
    p.put("enable.auto.commit", "false");
    p.put("auto.offset.reset", "earliest");
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
      List<TopicPartition> partitions = new ArrayList<>();
      while (partitions.isEmpty() && running.get()) {
        try {
          consumer
              .partitionsFor(topic, Duration.ofSeconds(5))
              .forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
          // the topic appears with the first published event
        }
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (running.get()) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          Header id = r.headers().lastHeader("ce_id");
          String uuid = id == null ? "" : new String(id.value(), StandardCharsets.UTF_8);
          if (uuid.startsWith(prefix)) {
            add(uuid, r.timestamp());
          }
        }
      }
    }
  }

  private synchronized void add(String uuid, long producedAt) {
    int dot = uuid.lastIndexOf('.');
    String key = uuid.substring(prefix.length(), dot);
    long seq = Long.parseLong(uuid.substring(dot + 1));
    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(uuid, key, seq, producedAt));
  }

  /** Every record of the run so far, per key in topic order. */
  synchronized Map<String, List<Entry>> snapshot() {
    Map<String, List<Entry>> copy = new HashMap<>();
    byKey.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return copy;
  }

  /** Waits until every given uuid is on the topic; returns how many are still missing. */
  long awaitAll(Set<String> uuids, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Set<String> seen = new HashSet<>();
      snapshot().values().forEach(list -> list.forEach(e -> seen.add(e.uuid())));
      long missing = uuids.stream().filter(u -> !seen.contains(u)).count();
      if (missing == 0 || System.nanoTime() > deadline) {
        return missing;
      }
      Thread.sleep(250);
    }
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    reader.join(10_000);
  }
}
