package io.oktaadapter.adapters.out.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktaadapter.application.port.out.notification.Notification;
import io.oktaadapter.application.port.out.notification.NotificationDeliveryException;
import io.oktaadapter.application.port.out.notification.NotificationKind;
import io.oktaadapter.application.port.out.notification.NotificationSender;
import io.oktaadapter.testing.mail.SmtpServer;
import io.oktaadapter.testing.mail.SmtpTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(SmtpTestResource.class)
class SmtpNotificationSenderTest {

  @Inject NotificationSender real;

  /**
   * Sends as the delivery worker does, with retries: vert.x's mail client now and then misreads
   * GreenMail's greeting (it parsed "eenMail SMTP Service ... ready" as the reply and failed, or
   * waited for a reply until the server's idle timeout). The worker absorbs that with its retries;
   * these tests check rendering and delivery, so they retry too, and a mail that never arrives
   * still fails them.
   */
  private final NotificationSender sender =
      n -> {
        for (int attempt = 1; ; attempt++) {
          try {
            real.send(n);
            return;
          } catch (NotificationDeliveryException e) {
            if (attempt == 3 || !SmtpServer.shared().isUp()) {
              throw e;
            }
          }
        }
      };

  @Test
  void givenEnglishTenant_send_deliversTextAndHtmlToEveryRecipient() throws Exception {
    String admin = unique("admin");
    sender.send(finished("en", admin, "support@example.test", "Acme <GmbH>"));

    MimeMessage mail = receivedBy(admin);
    assertThat(Arrays.stream(mail.getRecipients(RecipientType.TO)).map(Object::toString))
        .containsExactly(admin, "support@example.test");
    assertThat(((InternetAddress) mail.getFrom()[0]).getAddress())
        .isEqualTo("okta-adapter@example.test");
    assertThat(mail.getSubject())
        .isEqualTo("[Okta Adapter test] Tenant Acme <GmbH> (acme) is provisioned");
    assertThat(part(mail, "text/plain"))
        .contains("Hello,")
        .contains("the PROVISION job job-1 for tenant Acme <GmbH> (acme) has finished")
        .contains("Outcome: READY");
    assertThat(part(mail, "text/html"))
        .contains("<html lang=\"en\">")
        .contains("Acme &lt;GmbH&gt;")
        .doesNotContain("Acme <GmbH>");
  }

  @Test
  void givenGermanTenant_send_deliversGermanWording() throws Exception {
    String admin = unique("admin");
    sender.send(finished("de", admin, "support@example.test", "Acme"));

    MimeMessage mail = receivedBy(admin);
    assertThat(mail.getSubject())
        .isEqualTo("[Okta Adapter test] Mandant Acme (acme) ist eingerichtet");
    assertThat(part(mail, "text/plain"))
        .contains("Guten Tag,")
        .contains("der PROVISION-Auftrag job-1 für den Mandanten Acme (acme) ist abgeschlossen")
        .contains("Ergebnis: READY")
        .contains("automatisch vom Okta Adapter");
    assertThat(part(mail, "text/html")).contains("<html lang=\"de\">").contains("Guten Tag,");
  }

  @Test
  void givenFinishedDeletion_send_saysTheTenantIsRemoved() throws Exception {
    String admin = unique("admin");
    Map<String, String> values = new java.util.HashMap<>(values("Acme"));
    values.put("jobKind", "DELETE");
    values.put("tenantStatus", "DELETED");
    sender.send(
        new Notification(
            NotificationKind.PROVISIONING_FINISHED, List.of(admin), "de", values, List.of(), null));

    MimeMessage mail = receivedBy(admin);
    assertThat(mail.getSubject())
        .isEqualTo("[Okta Adapter test] Mandant Acme (acme) ist aus Okta entfernt");
    assertThat(part(mail, "text/plain")).contains("Der Mandant ist jetzt DELETED.");
  }

  @Test
  void givenDrift_send_listsTheRepairedResourcesInBothParts() throws Exception {
    String admin = unique("admin");
    sender.send(
        new Notification(
            NotificationKind.DRIFT_DETECTED,
            List.of(admin),
            "en",
            values("Acme"),
            List.of("GROUP acme-users", "TRUSTED_ORIGIN acme.example.com"),
            null));

    MimeMessage mail = receivedBy(admin);
    assertThat(mail.getSubject()).contains("Drift found for tenant Acme (acme)");
    assertThat(part(mail, "text/plain"))
        .contains("- GROUP acme-users")
        .contains("- TRUSTED_ORIGIN acme.example.com");
    assertThat(part(mail, "text/html")).contains("<li>GROUP acme-users</li>");
  }

  @Test
  void givenEveryKindInBothLanguages_send_rendersEachTemplate() throws Exception {
    for (NotificationKind kind : NotificationKind.values()) {
      for (String lang : List.of("en", "de")) {
        String to = unique(kind.name().toLowerCase() + "-" + lang);
        Map<String, String> values = new java.util.HashMap<>(values("Acme"));
        values.putAll(
            Map.of(
                "count", "7",
                "threshold", "5",
                "window", "1h",
                "windowStart", "2026-11-24T10:00:00Z",
                "hook", "event",
                "version", "3",
                "createdAt", "2026-01-01T00:00:00Z",
                "maxAge", "90d"));
        sender.send(new Notification(kind, List.of(to), lang, values, List.of("X"), null));

        MimeMessage mail = receivedBy(to);
        assertThat(part(mail, "text/plain")).as(kind + " " + lang).isNotBlank();
        assertThat(part(mail, "text/html")).as(kind + " " + lang).contains("lang=\"" + lang + "\"");
        assertThat(mail.getSubject()).as(kind + " " + lang).doesNotContain("{");
      }
    }
  }

  @Test
  void givenSmtpDown_send_failsRetryably() {
    SmtpServer smtp = SmtpServer.shared();
    smtp.down();
    try {
      assertThatThrownBy(() -> sender.send(finished("en", unique("x"), "s@example.test", "A")))
          .isInstanceOf(NotificationDeliveryException.class)
          .satisfies(e -> assertThat(((NotificationDeliveryException) e).permanent()).isFalse())
          .hasMessageStartingWith("SMTP: ");
    } finally {
      smtp.up();
    }
  }

  private static Notification finished(String lang, String admin, String support, String name) {
    return new Notification(
        NotificationKind.PROVISIONING_FINISHED,
        List.of(admin, support),
        lang,
        values(name),
        List.of(),
        null);
  }

  private static Map<String, String> values(String name) {
    return Map.of(
        "tenantKey", "acme",
        "tenantName", name,
        "jobId", "job-1",
        "jobKind", "PROVISION",
        "tenantStatus", "READY",
        "outcome", "READY");
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
  }

  static MimeMessage receivedBy(String address) throws Exception {
    long deadline = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < deadline) {
      for (MimeMessage m : SmtpServer.shared().received()) {
        for (var r : m.getAllRecipients()) {
          if (r.toString().equals(address)) {
            return m;
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no mail to " + address);
  }

  static String part(MimeMessage mail, String type) throws Exception {
    List<String> found = new ArrayList<>();
    collect(mail, type, found);
    assertThat(found).as("parts of type " + type).hasSize(1);
    return found.get(0);
  }

  private static void collect(Part part, String type, List<String> found) throws Exception {
    if (part.isMimeType(type)) {
      found.add((String) part.getContent());
    } else if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        collect(body, type, found);
      }
    }
  }
}
