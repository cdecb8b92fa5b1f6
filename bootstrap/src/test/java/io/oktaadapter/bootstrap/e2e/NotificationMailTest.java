package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.oktaadapter.application.port.in.notification.NotifyHookSecretRotationDueUseCase;
import io.oktaadapter.application.port.out.okta.OktaGroups;
import io.oktaadapter.application.port.out.secrets.HookSecretSlot;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.hook.HookKind;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.simulator.Fault;
import io.oktaadapter.simulator.FaultType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: notification mails over a real SMTP server (GreenMail) for job ends, drift,
 * quarantine and due secret rotations, in English and German, never with a secret in them.
 */
@QuarkusTest
class NotificationMailTest {

  /**
   * How long a test waits for its mail at most. The test SMTP client now and then times out on the
   * test server (5 s per attempt, then a retry); the worker sends a claim's mails at the same time,
   * so such a timeout delays only its own mail, but one mail can meet it more than once.
   */
  private static final int MAIL_WAIT_SECONDS = 60;

  static final String SUPPORT = "okta-support@example.test";

  @Inject OktaGroups oktaGroups;
  @Inject SecretStore secrets;
  @Inject NotifyHookSecretRotationDueUseCase rotationDue;

  @AfterEach
  void clearFaults() {
    OktaSimulatorTestResource.simulator().clearFaults();
  }

  static Map<String, Object> spec(String key, String admin) {
    return Map.of(
        "key",
        key,
        "displayName",
        "Mail " + key,
        "aliases",
        List.of(key + ".example.com"),
        "adminContacts",
        List.of(admin),
        "features",
        Map.of("mfa", "OFF"));
  }

  static ValidatableResponse create(String key, String admin) {
    return given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .header("Prefer", "wait=30")
        .contentType(ContentType.JSON)
        .body(spec(key, admin))
        .post("/api/v1/tenants")
        .then()
        .statusCode(200);
  }

  static String admin(String key) {
    return "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@" + key + ".example.com";
  }

  @Test
  void givenTenantWithAdminContact_provisioned_adminAndSupportGetAnEnglishMail() {
    String admin = admin("mail-en");
    String jobId =
        create("mail-en", admin).body("status", equalTo("SUCCEEDED")).extract().path("id");

    MimeMessage mail = Mails.await(admin, MAIL_WAIT_SECONDS);

    assertThat(Mails.recipients(mail)).containsExactly(admin, SUPPORT);
    assertThat(Mails.subject(mail)).isEqualTo("Tenant Mail mail-en (mail-en) is provisioned");
    assertThat(Mails.part(mail, "text/plain"))
        .contains("the PROVISION job " + jobId + " for tenant Mail mail-en (mail-en) has finished")
        .contains("The tenant is now READY")
        .contains("Outcome: READY");
    assertThat(Mails.part(mail, "text/html")).contains("<html lang=\"en\">").contains(jobId);
  }

  @Test
  void givenGermanTenant_provisioned_mailIsInGerman() {
    String admin = admin("mail-de");
    create("mail-de", admin).body("status", equalTo("SUCCEEDED"));

    MimeMessage mail = Mails.await(admin, MAIL_WAIT_SECONDS);

    assertThat(Mails.subject(mail)).isEqualTo("Mandant Mail mail-de (mail-de) ist eingerichtet");
    assertThat(Mails.part(mail, "text/plain"))
        .contains("Guten Tag,")
        .contains("für den Mandanten Mail mail-de (mail-de) ist abgeschlossen")
        .contains("Ergebnis: READY");
    assertThat(Mails.part(mail, "text/html")).contains("<html lang=\"de\">");
  }

  @Test
  void givenPermanentOktaFailure_provisioning_mailsTheFailureWithItsReason() {
    OktaSimulatorTestResource.simulator()
        .addFault(new Fault("POST /api/v1/groups/rules", 1, FaultType.SERVER_ERROR, 0, 100));
    String admin = admin("mail-fail");
    create("mail-fail", admin).body("status", equalTo("FAILED"));

    MimeMessage mail = Mails.await(admin, MAIL_WAIT_SECONDS);

    assertThat(Mails.subject(mail))
        .isEqualTo("Provisioning of tenant Mail mail-fail (mail-fail) failed");
    assertThat(Mails.part(mail, "text/plain"))
        .contains("has failed. The tenant is now FAILED")
        .contains("GROUP_RULE mail-fail-users-rule")
        // Independent steps run in parallel: how many ran before the failure depends on timing.
        .containsPattern("rolled back [2-9] created resource\\(s\\)");
  }

  @Test
  void givenGroupRemovedInOkta_reconcile_mailsTheDrift() {
    String admin = admin("mail-drift");
    create("mail-drift", admin).body("status", equalTo("SUCCEEDED"));
    oktaGroups.delete(oktaGroups.findByName("mail-drift-admins").orElseThrow().id());

    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .header("Prefer", "wait=30")
        .post("/api/v1/tenants/mail-drift/reconcile")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUCCEEDED"));

    MimeMessage mail =
        Mails.await(admin, m -> Mails.subject(m).startsWith("Drift found"), MAIL_WAIT_SECONDS);
    assertThat(Mails.subject(mail))
        .isEqualTo("Drift found for tenant Mail mail-drift (mail-drift)");
    assertThat(Mails.part(mail, "text/plain")).contains("- GROUP mail-drift-admins");
    assertThat(Mails.part(mail, "text/html")).contains("<li>GROUP mail-drift-admins</li>");
  }

  @Test
  void givenReconcileWithoutDrift_reconcile_mailsNothing() {
    String admin = admin("mail-nodrift");
    create("mail-nodrift", admin).body("status", equalTo("SUCCEEDED"));
    Mails.await(admin, MAIL_WAIT_SECONDS);

    given()
        .header("Authorization", Tokens.bearer("sam", "support"))
        .header("Prefer", "wait=30")
        .post("/api/v1/tenants/mail-nodrift/reconcile")
        .then()
        .statusCode(200)
        .body("result", org.hamcrest.Matchers.containsString("no drift"));
    Mails.sleep(2000);

    assertThat(Mails.to(admin)).hasSize(1);
  }

  @Test
  void givenQuarantinedDeliveriesReachTheThreshold_support_getsOneMailForTheWindow() {
    for (int i = 0; i < 3; i++) {
      EventHookToKafkaTest.post("{\"not\": \"a delivery\"}").then().statusCode(400);
    }

    MimeMessage mail =
        Mails.await(
            SUPPORT, m -> Mails.subject(m).startsWith("Okta event hook: "), MAIL_WAIT_SECONDS);

    assertThat(Mails.subject(mail)).endsWith("deliveries quarantined");
    assertThat(Mails.part(mail, "text/plain"))
        .contains("(threshold: 3 per 1h)")
        .contains("GET /api/v1/events/quarantine");
    Mails.sleep(1000);
    assertThat(
            Mails.to(SUPPORT).stream()
                .filter(m -> Mails.subject(m).startsWith("Okta event hook: ")))
        .as("one mail per window, however many deliveries are quarantined")
        .hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void givenOldHookSecret_rotationCheck_mailsSupportOncePerVersionWithoutTheSecret() {
    SecretRef current = SecretRef.hookSecret(HookKind.INLINE, HookSecretSlot.CURRENT);
    // A new version of the same value: a fresh version to be due, same secret for the other tests.
    int version = secrets.write(current, secrets.read(current).value());
    String secret = secrets.read(current).value().reveal();
    Mails.sleep(1100);

    int due = QuarkusTransaction.requiringNew().call(rotationDue::checkRotationDue);
    int dueAgain = QuarkusTransaction.requiringNew().call(rotationDue::checkRotationDue);

    assertThat(due).isGreaterThanOrEqualTo(1);
    assertThat(dueAgain).isEqualTo(due);
    String text = "(version " + version + ",";
    // The event hook's secret may be at the same version number: its mail is told apart by subject.
    String subject = "Rotation of the inline hook secret is due";
    java.util.function.Predicate<MimeMessage> thisOne =
        m -> Mails.subject(m).equals(subject) && Mails.part(m, "text/plain").contains(text);
    MimeMessage mail = Mails.await(SUPPORT, thisOne, MAIL_WAIT_SECONDS);
    assertThat(Mails.part(mail, "text/plain"))
        .contains("POST /api/v1/hook-secrets/inline/rotation");
    assertThat(Mails.whole(mail)).doesNotContain(secret);
    Mails.sleep(1500);
    assertThat(Mails.to(SUPPORT).stream().filter(thisOne)).hasSize(1);
  }

  @Test
  void givenTenantWithApplication_everyMail_containsNoSecret() {
    String admin = admin("mail-apps");
    create("mail-apps", admin).body("status", equalTo("SUCCEEDED"));
    String link =
        given()
            .header("Authorization", Tokens.bearer("sam", "support"))
            .header("Prefer", "wait=30")
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "kind",
                    "EFS",
                    "baseUrls",
                    Map.of("mail-apps.example.com", "https://mail-apps.example.com/efs")))
            .post("/api/v1/tenants/mail-apps/applications")
            .then()
            .statusCode(200)
            .body("status", equalTo("SUCCEEDED"))
            .extract()
            .header("Link");
    String app = link.substring(link.lastIndexOf('/') + 1, link.indexOf('>'));
    String clientSecret =
        secrets
            .read(
                SecretRef.applicationClientSecret(
                    TenantKey.of("mail-apps"), ApplicationId.parse(app)))
            .value()
            .reveal();
    Mails.await(admin, m -> Mails.to(admin).size() >= 2, MAIL_WAIT_SECONDS);

    List<String> secretValues =
        List.of(
            clientSecret,
            secrets
                .read(SecretRef.hookSecret(HookKind.EVENT, HookSecretSlot.CURRENT))
                .value()
                .reveal(),
            secrets
                .read(SecretRef.hookSecret(HookKind.INLINE, HookSecretSlot.CURRENT))
                .value()
                .reveal(),
            "test-okta-token");
    for (MimeMessage mail : io.oktaadapter.testing.mail.SmtpServer.shared().received()) {
      String whole = Mails.whole(mail);
      secretValues.forEach(s -> assertThat(whole).as(Mails.subject(mail)).doesNotContain(s));
    }
  }
}
