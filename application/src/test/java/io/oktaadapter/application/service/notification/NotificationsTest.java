package io.oktaadapter.application.service.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.port.out.notification.Notification;
import io.oktaadapter.application.port.out.notification.NotificationKind;
import io.oktaadapter.domain.hook.HookKind;
import io.oktaadapter.domain.okta.Fingerprint;
import io.oktaadapter.domain.provisioning.JobKind;
import io.oktaadapter.domain.provisioning.ProvisioningJob;
import io.oktaadapter.domain.provisioning.ProvisioningPlan;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TestTenantFactory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationsTest {

  private static final Instant NOW = TestTenantFactory.T0;
  private final Notifications notifications =
      new Notifications(DeliverNotificationsServiceTest.settings(3));

  @Test
  void givenFinishedProvisioning_jobFinished_tellsAdminContactsAndSupportInTenantLanguage() {
    Tenant tenant = TestTenantFactory.pendingTenant("acme");
    ProvisioningJob job = finished(tenant, JobKind.PROVISION, true);

    Notification n = notifications.jobFinished(tenant, job, List.of()).orElseThrow();

    assertThat(n.kind()).isEqualTo(NotificationKind.PROVISIONING_FINISHED);
    assertThat(n.recipients()).containsExactly("admin@acme.example.com", "support@example.com");
    assertThat(n.language()).isEqualTo("de");
    assertThat(n.values()).containsEntry("tenantKey", "acme").containsEntry("jobKind", "PROVISION");
    assertThat(n.dedupKey()).isEqualTo("job:" + job.id() + ":PROVISIONING_FINISHED");
  }

  @Test
  void givenFailedJob_jobFinished_isAFailureNotificationInDefaultLanguage() {
    Tenant tenant = TestTenantFactory.pendingTenant("globex");
    ProvisioningJob job = finished(tenant, JobKind.PROVISION, false);

    Notification n = notifications.jobFinished(tenant, job, List.of()).orElseThrow();

    assertThat(n.kind()).isEqualTo(NotificationKind.PROVISIONING_FAILED);
    assertThat(n.language()).isEqualTo("en");
    assertThat(n.values().get("outcome")).isEqualTo("okta refused");
  }

  @Test
  void givenReconcileWithDrift_jobFinished_isADriftNotificationListingTheResources() {
    Tenant tenant = TestTenantFactory.pendingTenant("acme");
    ProvisioningJob job = finished(tenant, JobKind.RECONCILE, true);

    Notification n =
        notifications.jobFinished(tenant, job, List.of("GROUP acme-users")).orElseThrow();

    assertThat(n.kind()).isEqualTo(NotificationKind.DRIFT_DETECTED);
    assertThat(n.items()).containsExactly("GROUP acme-users");
  }

  @Test
  void givenReconcileWithoutDrift_jobFinished_isNothing() {
    Tenant tenant = TestTenantFactory.pendingTenant("acme");

    Optional<Notification> n =
        notifications.jobFinished(tenant, finished(tenant, JobKind.RECONCILE, true), List.of());

    assertThat(n).isEmpty();
  }

  @Test
  void givenQuarantineBelowThreshold_quarantineThresholdReached_isNothingThenOnePerWindow() {
    assertThat(notifications.quarantineThresholdReached(2, NOW)).isEmpty();

    Notification third = notifications.quarantineThresholdReached(3, NOW).orElseThrow();
    Notification fourth =
        notifications.quarantineThresholdReached(4, NOW.plusSeconds(60)).orElseThrow();
    Notification nextWindow =
        notifications.quarantineThresholdReached(3, NOW.plusSeconds(3600)).orElseThrow();

    assertThat(third.recipients()).containsExactly("support@example.com");
    assertThat(fourth.dedupKey()).isEqualTo(third.dedupKey());
    assertThat(nextWindow.dedupKey()).isNotEqualTo(third.dedupKey());
  }

  @Test
  void givenOldSecret_rotationDue_isOneNotificationPerVersionWithoutTheSecret() {
    Notification n = notifications.rotationDue(HookKind.EVENT, 4, NOW).orElseThrow();

    assertThat(n.kind()).isEqualTo(NotificationKind.HOOK_SECRET_ROTATION_DUE);
    assertThat(n.dedupKey()).isEqualTo("rotation-due:event:4");
    assertThat(n.values()).containsOnlyKeys("hook", "version", "createdAt", "maxAge");
    assertThat(n.values().get("maxAge")).isEqualTo("90d");
  }

  private static ProvisioningJob finished(Tenant tenant, JobKind kind, boolean succeeded) {
    ProvisioningJob job = ProvisioningJob.queue(tenant.key(), kind, null, Fingerprint.of("x"), NOW);
    job.start(ProvisioningPlan.removal(List.of()), NOW);
    if (succeeded) {
      job.succeed("READY", NOW);
    } else {
      job.fail("okta refused", NOW);
    }
    return job;
  }
}
