package io.oktaadapter.bench.chaos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Chaos harness: a steady stream of single-event deliveries at a fixed total rate over a few
 * connections. Each key (an Okta user) belongs to one connection, which sends its deliveries one
 * after another, so a key's events are sent, and answered, in sequence order: any order violation
 * found on the topic was made by the adapter. Event uuids are {@code <run>.<key>.<seq>}.
 */
final class DeliveryStream {

  /** One delivery and its answer; status 0 when the connection failed. */
  record Answer(String uuid, String key, long seq, int status, long startNanos, long endNanos) {
    double millis() {
      return (endNanos - startNanos) / 1e6;
    }
  }

  private final URI url;
  private final String secret;
  private final String run;
  private final int rate;
  private final int connections;
  private final int keys;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
  private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean running = new AtomicBoolean();
  private final List<Thread> threads = new ArrayList<>();

  DeliveryStream(URI url, String secret, String run, int rate, int connections, int keys) {
    this.url = url;
    this.secret = secret;
    this.run = run;
    this.rate = rate;
    this.connections = connections;
    this.keys = keys;
  }

  void start() {
    running.set(true);
    for (int c = 0; c < connections; c++) {
      int connection = c;
      Thread t = new Thread(() -> send(connection), "chaos-delivery-" + c);
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
  }

  /** Stops sending and waits for the answers still outstanding. */
  List<Answer> stop() throws InterruptedException {
    running.set(false);
    for (Thread t : threads) {
      t.join();
    }
    return List.copyOf(answers);
  }

  private void send(int connection) {
    List<String> own = new ArrayList<>();
    for (int k = connection; k < keys; k += connections) {
      own.add("00uchaos" + run + "k" + k);
    }
    long[] seq = new long[own.size()];
    long interval = 1_000_000_000L * connections / rate;
    long next = System.nanoTime();
    int turn = 0;
    while (running.get()) {
      int i = turn++ % own.size();
      String key = own.get(i);
      String uuid = run + "." + key + "." + (seq[i]++);
      long start = System.nanoTime();
      int status = post(uuid, key);
      answers.add(new Answer(uuid, key, seq[i] - 1, status, start, System.nanoTime()));
      next += interval;
      long now = System.nanoTime();
      if (next < now - interval) {
        next = now; // fell behind (an outage): carry on at the rate, no burst to catch up
      }
      LockSupport.parkNanos(Math.max(0, next - now));
    }
  }

  private int post(String uuid, String key) {
    String body =
        "{\"eventType\":\"com.okta.event_hook\",\"eventTypeVersion\":\"1.0\","
            + "\"cloudEventsVersion\":\"0.1\","
            + "\"source\":\"https://chaos.okta.com/api/v1/eventHooks/whoChaos\",\"eventId\":\"d-"
            + uuid
            + "\",\"data\":{\"events\":[{\"uuid\":\""
            + uuid
            + "\",\"published\":\""
            + Instant.now()
            + "\",\"eventType\":\"user.session.start\",\"version\":\"0\",\"severity\":\"INFO\","
            + "\"actor\":{\"id\":\""
            + key
            + "\",\"type\":\"User\",\"alternateId\":\"u@example.com\"},"
            + "\"target\":[{\"id\":\""
            + key
            + "\",\"type\":\"User\"}],\"outcome\":{\"result\":\"SUCCESS\"},"
            + "\"debugContext\":{\"debugData\":{\"requestUri\":\"/login\"}}}]}}";
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(15))
            .header("Authorization", secret)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }
}
