package io.oktaadapter.application.service.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktaadapter.application.port.out.notification.Notification;
import io.oktaadapter.application.port.out.notification.NotificationDeliveryException;
import io.oktaadapter.application.port.out.notification.NotificationKind;
import io.oktaadapter.application.port.out.notification.NotificationQueue;
import io.oktaadapter.application.port.out.notification.NotificationSender;
import io.oktaadapter.application.port.out.notification.QueuedNotification;
import io.oktaadapter.application.port.out.persistence.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class DeliverNotificationsServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  private final FakeQueue queue = new FakeQueue();
  private final FakeSender sender = new FakeSender();
  private final NotificationSettings settings = settings(3);
  private final DeliverNotificationsService service =
      new DeliverNotificationsService(
          queue,
          sender,
          new DirectUnitOfWork(),
          settings,
          Clock.fixed(NOW, ZoneOffset.UTC),
          Runnable::run);

  @Test
  void givenDueNotification_deliverDue_sendsItAndMarksItSent() {
    queue.add(notification("a@example.com"));

    int claimed = service.deliverDue();

    assertThat(claimed).isEqualTo(1);
    assertThat(sender.sent).extracting(n -> n.recipients().get(0)).containsExactly("a@example.com");
    assertThat(queue.rows.get(1L).status).isEqualTo("SENT");
    assertThat(service.backlog().pending()).isZero();
  }

  @Test
  void givenSmtpDown_deliverDue_keepsItPendingWithBackoffDoublingPerAttempt() {
    queue.add(notification("a@example.com"));
    sender.down = true;

    service.deliverDue();
    Instant first = queue.rows.get(1L).nextAttempt;
    queue.rows.get(1L).nextAttempt = NOW;
    service.deliverDue();
    Instant second = queue.rows.get(1L).nextAttempt;

    assertThat(queue.rows.get(1L).status).isEqualTo("PENDING");
    assertThat(first).isEqualTo(NOW.plusSeconds(10));
    assertThat(second).isEqualTo(NOW.plusSeconds(20));
    assertThat(queue.rows.get(1L).error).contains("connection refused");
    assertThat(service.backlog().pending()).isEqualTo(1);
  }

  @Test
  void givenSmtpBackAfterOutage_deliverDue_sendsExactlyOnce() {
    queue.add(notification("a@example.com"));
    sender.down = true;
    service.deliverDue();
    sender.down = false;
    queue.rows.get(1L).nextAttempt = NOW;

    service.deliverDue();
    service.deliverDue();

    assertThat(sender.sent).hasSize(1);
    assertThat(queue.rows.get(1L).status).isEqualTo("SENT");
  }

  @Test
  void givenLastAttemptFails_deliverDue_marksItFailed() {
    queue.add(notification("a@example.com"));
    sender.down = true;
    for (int i = 0; i < 3; i++) {
      queue.rows.get(1L).nextAttempt = NOW;
      service.deliverDue();
    }

    assertThat(queue.rows.get(1L).status).isEqualTo("FAILED");
    assertThat(service.backlog().failed()).isEqualTo(1);
    assertThat(service.backlog().pending()).isZero();
  }

  @Test
  void givenPermanentRefusal_deliverDue_marksItFailedAtOnce() {
    queue.add(notification("a@example.com"));
    sender.permanent = true;

    service.deliverDue();

    assertThat(queue.rows.get(1L).status).isEqualTo("FAILED");
  }

  @Test
  void givenOneSlowSmtpExchange_deliverDue_sendsTheClaimsOtherMailsMeanwhile() throws Exception {
    queue.add(notification("slow@example.com"));
    queue.add(notification("b@example.com"));
    queue.add(notification("c@example.com"));
    CountDownLatch othersSent = new CountDownLatch(2);
    AtomicBoolean slowWaitedInVain = new AtomicBoolean();
    NotificationSender slowFirst =
        n -> {
          if (n.recipients().get(0).startsWith("slow")) {
            // Sent one after the other, the others would only start after this returns.
            try {
              slowWaitedInVain.set(!othersSent.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          } else {
            othersSent.countDown();
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(settings.batchSize());
    try {
      var parallel =
          new DeliverNotificationsService(
              queue,
              slowFirst,
              new DirectUnitOfWork(),
              settings,
              Clock.fixed(NOW, ZoneOffset.UTC),
              pool);

      assertThat(parallel.deliverDue()).isEqualTo(3);
    } finally {
      pool.shutdownNow();
    }

    assertThat(slowWaitedInVain).isFalse();
    assertThat(queue.rows.values()).extracting(r -> r.status).containsOnly("SENT");
  }

  @Test
  void givenDatabaseDownWhenRecording_deliverDue_triesEveryMailThenFails() {
    queue.add(notification("a@example.com"));
    queue.add(notification("b@example.com"));
    queue.failMarking = true;

    assertThatThrownBy(service::deliverDue).hasMessageContaining("database down");
    assertThat(sender.sent).hasSize(2);
  }

  @Test
  void givenLongOutage_backoff_isCappedAtMaxBackoff() {
    assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.backoffAfter(3)).isEqualTo(Duration.ofSeconds(40));
    assertThat(settings.backoffAfter(30)).isEqualTo(Duration.ofMinutes(5));
  }

  static NotificationSettings settings(int maxAttempts) {
    return new NotificationSettings(
        List.of("support@example.com"),
        "en",
        Map.of("acme", "de"),
        3,
        Duration.ofHours(1),
        Duration.ofDays(90),
        10,
        Duration.ofMinutes(2),
        maxAttempts,
        Duration.ofSeconds(10),
        Duration.ofMinutes(5));
  }

  private static Notification notification(String to) {
    return new Notification(
        NotificationKind.PROVISIONING_FINISHED,
        List.of(to),
        "en",
        Map.of("tenantKey", "acme"),
        List.of(),
        null);
  }

  /** In-memory queue with the port's contract: claims only pending rows that are due. */
  private static final class FakeQueue implements NotificationQueue {
    private final Map<Long, Row> rows =
        java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    volatile boolean failMarking;

    void add(Notification n) {
      Row row = new Row();
      row.notification = n;
      row.nextAttempt = NOW;
      rows.put((long) rows.size() + 1, row);
    }

    @Override
    public List<QueuedNotification> claimDue(int limit, Duration lease) {
      List<QueuedNotification> out = new ArrayList<>();
      rows.forEach(
          (id, row) -> {
            if (row.status.equals("PENDING") && !row.nextAttempt.isAfter(NOW)) {
              row.attempts++;
              row.nextAttempt = NOW.plus(lease);
              out.add(new QueuedNotification(id, row.notification, row.attempts));
            }
          });
      return out;
    }

    @Override
    public void markSent(long id) {
      if (failMarking) {
        throw new IllegalStateException("database down");
      }
      rows.get(id).status = "SENT";
    }

    @Override
    public void markRetry(long id, Instant nextAttempt, String error) {
      rows.get(id).nextAttempt = nextAttempt;
      rows.get(id).error = error;
    }

    @Override
    public void markFailed(long id, String error) {
      rows.get(id).status = "FAILED";
      rows.get(id).error = error;
    }

    @Override
    public int purgeSentBefore(Instant cutoff) {
      return 0;
    }

    @Override
    public Counts counts() {
      return new Counts(
          rows.values().stream().filter(r -> r.status.equals("PENDING")).count(),
          rows.values().stream().filter(r -> r.status.equals("FAILED")).count());
    }
  }

  private static final class Row {
    Notification notification;
    String status = "PENDING";
    int attempts;
    Instant nextAttempt;
    String error;
  }

  private static final class FakeSender implements NotificationSender {
    final List<Notification> sent = java.util.Collections.synchronizedList(new ArrayList<>());
    boolean down;
    boolean permanent;

    @Override
    public void send(Notification notification) {
      if (permanent) {
        throw new NotificationDeliveryException("550 mailbox unavailable", true, null);
      }
      if (down) {
        throw new NotificationDeliveryException("connection refused", false, null);
      }
      sent.add(notification);
    }
  }

  private static final class DirectUnitOfWork implements UnitOfWork {
    @Override
    public <T> T inNewTransaction(Supplier<T> work) {
      return work.get();
    }
  }
}
