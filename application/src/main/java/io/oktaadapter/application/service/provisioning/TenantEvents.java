package io.oktaadapter.application.service.provisioning;

import static io.oktaadapter.application.common.JsonStrings.quote;

import io.oktaadapter.application.common.JsonStrings;
import io.oktaadapter.application.port.in.application.ApplicationConfig;
import io.oktaadapter.application.port.out.messaging.EventStream;
import io.oktaadapter.application.port.out.messaging.OutboundEvent;
import io.oktaadapter.domain.okta.OktaResource;
import io.oktaadapter.domain.provisioning.ProvisioningJob;
import io.oktaadapter.domain.provisioning.TenantDrift;
import io.oktaadapter.domain.tenant.DriftPolicy;
import io.oktaadapter.domain.tenant.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Maps the end of a tenant job to the CloudEvent on the tenant-events stream: type {@code
 * io.oktaadapter.tenant.<status>}, key and subject = the tenant key, id = job id + status (so a
 * resumed job that finishes again yields the same id), data = the tenant's status and its Okta
 * resources.
 */
final class TenantEvents {

  static final String TYPE_PREFIX = "io.oktaadapter.tenant.";

  private final ProvisioningSettings settings;

  TenantEvents(ProvisioningSettings settings) {
    this.settings = settings;
  }

  OutboundEvent lifecycle(
      Tenant tenant, ProvisioningJob job, List<OktaResource> resources, Instant now) {
    String status = tenant.status().name();
    String data =
        "{\"key\":"
            + quote(tenant.key().value())
            + ",\"status\":"
            + quote(status)
            + ",\"reason\":"
            + tenant.statusReason().map(JsonStrings::quote).orElse("null")
            + ",\"jobId\":"
            + quote(job.id().toString())
            + ",\"resources\":["
            + resources.stream().map(TenantEvents::resource).collect(Collectors.joining(","))
            + "]}";
    return new OutboundEvent(
        EventStream.TENANT_EVENTS,
        tenant.key().value(),
        job.id() + "-" + status.toLowerCase(Locale.ROOT),
        settings.eventSource(),
        TYPE_PREFIX + status.toLowerCase(Locale.ROOT),
        tenant.key().value(),
        now,
        Map.of("tenantkey", tenant.key().value()),
        data);
  }

  /**
   * {@code io.oktaadapter.application.configured}: what the installation needs (issuer, client id,
   * redirect URIs, where its secret is kept, groups); never the secret.
   */
  OutboundEvent configured(ApplicationConfig config, ProvisioningJob job, Instant now) {
    String data =
        "{\"tenantKey\":"
            + quote(config.tenantKey())
            + ",\"applicationId\":"
            + quote(config.applicationId())
            + ",\"kind\":"
            + quote(config.kind())
            + ",\"issuer\":"
            + quote(config.issuer())
            + ",\"clientId\":"
            + quote(config.clientId())
            + ",\"redirectUris\":"
            + array(config.redirectUris())
            + ",\"postLogoutRedirectUris\":"
            + array(config.postLogoutRedirectUris())
            + ",\"initiateLoginUri\":"
            + (config.initiateLoginUri() == null ? "null" : quote(config.initiateLoginUri()))
            + ",\"clientSecretPath\":"
            + quote(config.clientSecretPath())
            + ",\"groups\":"
            + array(config.groups())
            + "}";
    return new OutboundEvent(
        EventStream.TENANT_EVENTS,
        config.tenantKey(),
        job.id() + "-" + config.applicationId(),
        settings.eventSource(),
        "io.oktaadapter.application.configured",
        config.applicationId(),
        now,
        Map.of("tenantkey", config.tenantKey()),
        data);
  }

  /**
   * {@code io.oktaadapter.tenant.drift-detected}: a reconcile found Okta differing from the desired
   * state; data = each drifted resource, the tenant's policy and whether it was repaired.
   */
  OutboundEvent driftDetected(TenantDrift drift, DriftPolicy policy, ProvisioningJob job) {
    String data =
        "{\"key\":"
            + quote(drift.tenant().value())
            + ",\"status\":"
            + quote(drift.status().name())
            + ",\"policy\":"
            + quote(policy.name())
            + ",\"jobId\":"
            + quote(job.id().toString())
            + ",\"findings\":"
            + array(drift.findings())
            + "}";
    return new OutboundEvent(
        EventStream.TENANT_EVENTS,
        drift.tenant().value(),
        job.id() + "-drift",
        settings.eventSource(),
        TYPE_PREFIX + "drift-detected",
        drift.tenant().value(),
        drift.checkedAt(),
        Map.of("tenantkey", drift.tenant().value()),
        data);
  }

  private static String array(List<String> values) {
    return values.stream().map(JsonStrings::quote).collect(Collectors.joining(",", "[", "]"));
  }

  private static String resource(OktaResource r) {
    return "{\"type\":"
        + quote(r.type().name())
        + ",\"oktaId\":"
        + quote(r.oktaId().value())
        + ",\"name\":"
        + quote(r.name())
        + "}";
  }
}
