package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.oktaadapter.application.port.in.notification.DeliverNotificationsUseCase;
import io.oktaadapter.application.port.in.notification.PurgeSentNotificationsUseCase;
import io.oktaadapter.application.port.out.notification.Notification;
import io.oktaadapter.application.port.out.notification.NotificationKind;
import io.oktaadapter.application.port.out.notification.NotificationOutbox;
import io.oktaadapter.testing.mail.SmtpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: an SMTP outage delays notifications without losing them or blocking provisioning, and
 * concurrent workers (as on several replicas) send each notification exactly once.
 */
@QuarkusTest
class NotificationOutageTest {

  /** Health and metrics are served on the management interface's port only (its root is /q). */
  @TestHTTPResource(value = "metrics", management = true)
  URL metricsUrl;

  @Inject EntityManager em;
  @Inject NotificationOutbox outbox;
  @Inject DeliverNotificationsUseCase deliver;
  @Inject PurgeSentNotificationsUseCase purge;

  @AfterEach
  void smtpUp() {
    SmtpServer.shared().up();
  }

  @Test
  void givenSmtpDown_provisioning_completesAndTheMailIsDeliveredOnceWhenSmtpIsBack() {
    SmtpServer smtp = SmtpServer.shared();
    String admin = NotificationMailTest.admin("mail-outage");
    smtp.down();

    NotificationMailTest.create("mail-outage", admin)
        .body("status", equalTo("SUCCEEDED"))
        .body("result", equalTo("READY"));

    awaitRow(admin, "PENDING", 2);
    assertThat(Mails.to(admin)).isEmpty();
    assertThat(row(admin)[2].toString()).startsWith("SMTP: ");
    String metrics = given().get(metricsUrl).then().statusCode(200).extract().asString();
    assertThat(pendingGauge(metrics)).isGreaterThanOrEqualTo(1);

    smtp.up();

    Mails.await(admin, 60);
    awaitRow(admin, "SENT", 0);
    Mails.sleep(2000);
    assertThat(Mails.to(admin)).hasSize(1);
  }

  @Test
  void givenThreeWorkersAtOnce_deliverDue_sendsEveryNotificationExactlyOnce() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<String> recipients = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      recipients.add("skip-locked-" + run + "-" + i + "@example.test");
    }
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                recipients.forEach(
                    to ->
                        outbox.enqueue(
                            new Notification(
                                NotificationKind.HOOK_SECRET_ROTATION_DUE,
                                List.of(to),
                                "en",
                                Map.of(
                                    "hook", "event",
                                    "version", "1",
                                    "createdAt", "2026-01-01T00:00:00Z",
                                    "maxAge", "90d"),
                                List.of(),
                                null))));

    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Callable<Integer>> workers = new ArrayList<>();
      for (int w = 0; w < 3; w++) {
        workers.add(
            () -> {
              int claimed = 0;
              for (int round = 0; round < 10; round++) {
                claimed += deliver.deliverDue();
              }
              return claimed;
            });
      }
      for (Future<Integer> f : pool.invokeAll(workers)) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    for (String to : recipients) {
      Mails.await(to, 60);
    }
    Mails.sleep(1000);
    for (String to : recipients) {
      assertThat(Mails.to(to)).as(to).hasSize(1);
    }
  }

  @Test
  void givenSentNotification_purgeSentOlderThanZero_deletesItButKeepsPendingOnes() {
    String sent = "purge-sent-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    enqueue(sent);
    Mails.await(sent, 60);
    awaitRow(sent, "SENT", 1);

    int deleted =
        QuarkusTransaction.requiringNew().call(() -> purge.purgeSentOlderThan(Duration.ZERO));

    assertThat(deleted).isGreaterThanOrEqualTo(1);
    assertThat(rows(sent)).isZero();
  }

  private void enqueue(String to) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                outbox.enqueue(
                    new Notification(
                        NotificationKind.HOOK_SECRET_ROTATION_DUE,
                        List.of(to),
                        "en",
                        Map.of(
                            "hook", "event",
                            "version", "1",
                            "createdAt", "2026-01-01T00:00:00Z",
                            "maxAge", "90d"),
                        List.of(),
                        null)));
  }

  private long rows(String recipient) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "select count(*) from notification_outbox where recipients like :to")
                            .setParameter("to", "%" + recipient + "%")
                            .getSingleResult())
                    .longValue());
  }

  private Object[] row(String recipient) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (Object[])
                    em.createNativeQuery(
                            "select status, attempts, coalesce(last_error, '') from"
                                + " notification_outbox where recipients like :to")
                        .setParameter("to", "%" + recipient + "%")
                        .getSingleResult());
  }

  private void awaitRow(String recipient, String status, int minAttempts) {
    long deadline = System.currentTimeMillis() + 20_000;
    Object[] last = null;
    while (System.currentTimeMillis() < deadline) {
      try {
        last = row(recipient);
        if (status.equals(last[0]) && ((Number) last[1]).intValue() >= minAttempts) {
          return;
        }
      } catch (jakarta.persistence.NoResultException e) {
        // not written yet
      }
      Mails.sleep(100);
    }
    throw new AssertionError(
        "notification to "
            + recipient
            + " not "
            + status
            + " with "
            + minAttempts
            + " attempts; last: "
            + (last == null ? "none" : java.util.Arrays.toString(last)));
  }

  private static double pendingGauge(String metrics) {
    return metrics
        .lines()
        .filter(
            l -> l.startsWith("okta_adapter_notifications{") && l.contains("status=\"pending\""))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no pending-notifications gauge"));
  }
}
