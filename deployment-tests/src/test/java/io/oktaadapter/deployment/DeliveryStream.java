package io.oktaadapter.deployment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A steady stream of Okta event-hook deliveries (one System Log event each) from a few senders,
 * like Okta's: a delivery that is not answered 200 is sent again (to whichever replica the targets
 * name then), with the same event, so that the adapter's de-duplication is exercised.
 */
final class DeliveryStream implements AutoCloseable {

  static final String SECRET = "container-test-event-hook-secret";
  static final String ORG = "https://acme-test.okta.com";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
  private final Supplier<List<URI>> targets;
  private final boolean retry;
  private final long pauseMillis;
  private final ExecutorService senders;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final Set<String> sent = ConcurrentHashMap.newKeySet();
  private final AtomicInteger attempts = new AtomicInteger();
  private final AtomicInteger failedAttempts = new AtomicInteger();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final AtomicInteger sequence = new AtomicInteger();

  private DeliveryStream(
      Supplier<List<URI>> targets, int senders, long pauseMillis, boolean retry) {
    this.targets = targets;
    this.retry = retry;
    this.pauseMillis = pauseMillis;
    this.senders = Executors.newFixedThreadPool(senders);
    for (int i = 0; i < senders; i++) {
      this.senders.submit(this::send);
    }
  }

  /** Starts {@code senders} senders, each pausing {@code pauseMillis} between deliveries. */
  static DeliveryStream start(
      Supplier<List<URI>> targets, int senders, long pauseMillis, boolean retry) {
    return new DeliveryStream(targets, senders, pauseMillis, retry);
  }

  private void send() {
    int turn = 0;
    while (running.get()) {
      String eventId = "ct-" + run + "-" + sequence.incrementAndGet();
      sent.add(eventId);
      String body = delivery(eventId);
      boolean done = false;
      while (!done && running.get()) {
        List<URI> now = targets.get();
        URI target = now.get(Math.floorMod(turn++, now.size()));
        int status = post(target, body);
        attempts.incrementAndGet();
        if (status == 200) {
          acknowledged.add(eventId);
          done = true;
        } else {
          failedAttempts.incrementAndGet();
          done = !retry;
          pause(50);
        }
      }
      pause(pauseMillis);
    }
  }

  private int post(URI target, String body) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(target)
              .timeout(Duration.ofSeconds(3))
              .header("Authorization", SECRET)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  static String delivery(String eventId) {
    String user = "00u" + Integer.toHexString(eventId.hashCode() & 0xfff);
    return """
        {"eventType":"com.okta.event_hook","eventTypeVersion":"1.0","cloudEventsVersion":"0.1",
         "source":"%s/api/v1/eventHooks/whoTestHook0000000","eventId":"d-%s",
         "data":{"events":[{"uuid":"%s","published":"2026-12-07T10:00:00.000Z",
           "eventType":"user.session.start","version":"0","severity":"INFO",
           "actor":{"id":"%s","type":"User"},"target":[{"id":"%s","type":"User"}],
           "outcome":{"result":"SUCCESS"}}]},
         "eventTime":"2026-12-07T10:00:01.000Z","contentType":"application/json"}
        """
        .formatted(ORG, eventId, eventId, user, user);
  }

  private void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  Set<String> acknowledged() {
    return Set.copyOf(acknowledged);
  }

  Set<String> sent() {
    return Set.copyOf(sent);
  }

  int attempts() {
    return attempts.get();
  }

  int failedAttempts() {
    return failedAttempts.get();
  }

  String prefix() {
    return "ct-" + run + "-";
  }

  @Override
  public void close() {
    running.set(false);
    senders.shutdown();
    try {
      senders.awaitTermination(15, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
