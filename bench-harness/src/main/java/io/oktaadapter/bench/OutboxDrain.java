package io.oktaadapter.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Helper of {@code bench/outbox-drain}. {@code --mode=watch}: waits until the application's outbox
 * holds no unpublished row and prints how fast the backlog drained (from the first published row to
 * the last). {@code --mode=count}: prints the number of records in the identity-events topic, so
 * the script can check that nothing was lost. {@code --mode=cpu}: prints the CPU milliseconds the
 * application and PostgreSQL have used so far.
 */
public final class OutboxDrain {

  private OutboxDrain() {}

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (String a : argv) {
      int eq = a.indexOf('=');
      args.put(a.substring(2, eq), a.substring(eq + 1));
    }
    PostgresLogin login = PostgresLogin.of(args);
    switch (args.getOrDefault("mode", "watch")) {
      case "watch" -> watch(login, Long.parseLong(args.getOrDefault("timeout-seconds", "600")));
      case "count" -> count(args.get("kafka"), args.get("topic"));
      case "cpu" -> {
        ProcessCpu cpu =
            new ProcessCpu(Long.parseLong(args.get("app-pid")), Long.parseLong(args.get("pg-pid")));
        System.out.printf("CPU app=%.0f pg=%.0f%n", cpu.appMillis(), cpu.postgresMillis());
      }
      default -> throw new IllegalArgumentException("--mode must be watch, count or cpu");
    }
  }

  /**
   * Polls the backlog every 100 ms; prints the rows drained and the rate between first and last.
   */
  private static void watch(PostgresLogin login, long timeoutSeconds) throws Exception {
    try (Connection c = login.open()) {
      long initial = unpublished(c);
      long started = 0;
      long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
      long left = initial;
      while (left > 0 && System.nanoTime() < deadline) {
        Thread.sleep(100);
        left = unpublished(c);
        if (started == 0 && left < initial) {
          started = System.nanoTime();
        }
      }
      long elapsed = started == 0 ? 0 : System.nanoTime() - started;
      double seconds = elapsed / 1e9;
      System.out.printf(
          "DRAIN backlog=%d left=%d seconds=%.2f rate=%.0f%n",
          initial, left, seconds, seconds == 0 ? 0 : (initial - left) / seconds);
    }
  }

  private static void count(String kafka, String topic) {
    Properties p = new Properties();
    p.put("bootstrap.servers", kafka);
    p.put("key.deserializer", StringDeserializer.class.getName());
    p.put("value.deserializer", StringDeserializer.class.getName());
    long records = 0;
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(i -> new TopicPartition(i.topic(), i.partition()))
              .toList();
      Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
      for (Map.Entry<TopicPartition, Long> end : consumer.endOffsets(partitions).entrySet()) {
        records += end.getValue() - begin.get(end.getKey());
      }
    }
    System.out.printf("COUNT topic_records=%d%n", records);
  }

  private static long unpublished(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("select count(*) from outbox_event where published_at is null")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
