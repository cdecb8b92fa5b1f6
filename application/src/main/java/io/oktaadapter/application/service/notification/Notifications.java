package io.oktaadapter.application.service.notification;

import io.oktaadapter.application.port.out.notification.Notification;
import io.oktaadapter.application.port.out.notification.NotificationKind;
import io.oktaadapter.domain.hook.HookKind;
import io.oktaadapter.domain.provisioning.JobKind;
import io.oktaadapter.domain.provisioning.JobStatus;
import io.oktaadapter.domain.provisioning.ProvisioningJob;
import io.oktaadapter.domain.tenant.EmailAddress;
import io.oktaadapter.domain.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the notifications of the adapter's events from tenant, job and hook data. The values are
 * names, ids, statuses and outcomes only: nothing here ever sees a secret value.
 */
public final class Notifications {

  private final NotificationSettings settings;

  public Notifications(NotificationSettings settings) {
    this.settings = settings;
  }

  /**
   * The notification at the end of a tenant job: finished or failed for provisioning and deletion;
   * for a reconcile, drift when resources had gone from Okta, failed when it failed, else none.
   */
  public Optional<Notification> jobFinished(
      Tenant tenant, ProvisioningJob job, List<String> drifted) {
    NotificationKind kind;
    if (job.status() == JobStatus.FAILED) {
      kind = NotificationKind.PROVISIONING_FAILED;
    } else if (job.kind() != JobKind.RECONCILE) {
      kind = NotificationKind.PROVISIONING_FINISHED;
    } else if (!drifted.isEmpty()) {
      kind = NotificationKind.DRIFT_DETECTED;
    } else {
      return Optional.empty();
    }
    Set<String> to = new LinkedHashSet<>();
    tenant.adminContacts().stream().map(EmailAddress::value).forEach(to::add);
    to.addAll(settings.supportAddresses());
    if (to.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> values =
        Map.of(
            "tenantKey", tenant.key().value(),
            "tenantName", tenant.displayName(),
            "jobId", job.id().toString(),
            "jobKind", job.kind().name(),
            "tenantStatus", tenant.status().name(),
            "outcome", job.result().orElse(""));
    return Optional.of(
        new Notification(
            kind,
            new ArrayList<>(to),
            settings.languageOf(tenant.key().value()),
            values,
            drifted,
            "job:" + job.id() + ":" + kind));
  }

  /**
   * The notification that quarantined deliveries reached the threshold in the current window; one
   * per window.
   */
  public Optional<Notification> quarantineThresholdReached(long count, Instant now) {
    if (count < settings.quarantineThreshold() || settings.supportAddresses().isEmpty()) {
      return Optional.empty();
    }
    long window = settings.quarantineWindow().toMillis();
    Instant windowStart = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), window) * window);
    return Optional.of(
        new Notification(
            NotificationKind.EVENT_HOOK_QUARANTINE,
            settings.supportAddresses(),
            settings.defaultLanguage(),
            Map.of(
                "count", String.valueOf(count),
                "threshold", String.valueOf(settings.quarantineThreshold()),
                "window", human(settings.quarantineWindow()),
                "windowStart", windowStart.toString()),
            List.of(),
            "quarantine:" + windowStart));
  }

  /** The notification that a hook's current secret is older than allowed; one per version. */
  public Optional<Notification> rotationDue(HookKind kind, int version, Instant createdAt) {
    if (settings.supportAddresses().isEmpty()) {
      return Optional.empty();
    }
    String hook = kind.name().toLowerCase(java.util.Locale.ROOT);
    return Optional.of(
        new Notification(
            NotificationKind.HOOK_SECRET_ROTATION_DUE,
            settings.supportAddresses(),
            settings.defaultLanguage(),
            Map.of(
                "hook", hook,
                "version", String.valueOf(version),
                "createdAt", createdAt.toString(),
                "maxAge", human(settings.hookSecretMaxAge())),
            List.of(),
            "rotation-due:" + hook + ":" + version));
  }

  private static String human(Duration d) {
    if (d.toDaysPart() > 0 && d.toHoursPart() == 0 && d.toMinutesPart() == 0) {
      return d.toDays() + "d";
    }
    return d.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
  }
}
