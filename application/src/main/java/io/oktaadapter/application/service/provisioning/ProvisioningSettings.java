package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.domain.app.AppTemplate;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.app.ApplicationKind;
import io.oktaadapter.domain.tenant.TenantKey;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the provisioning flow, built by the wiring from configuration.
 *
 * @param lease how long a runner holds a job between two heartbeats
 * @param maxAttempts attempts of one Okta step before a retryable failure counts as permanent
 * @param retryBackoff pause before the first retry; doubled per attempt
 * @param eventSource CloudEvents {@code source} of tenant events
 * @param templates the OIDC URI template per application kind (EFS, DV, ...)
 * @param issuer the issuer installations validate tokens against
 * @param secretPathTemplate where the secret store keeps a client secret, with {@code {tenant}} and
 *     {@code {app}} placeholders
 * @param allowLocalhost whether base URLs on localhost are accepted (development only)
 * @param stepParallelism how many independent steps of one job run at the same time (1: one after
 *     the other)
 */
public record ProvisioningSettings(
    Duration lease,
    int maxAttempts,
    Duration retryBackoff,
    URI eventSource,
    Map<ApplicationKind, AppTemplate> templates,
    URI issuer,
    String secretPathTemplate,
    boolean allowLocalhost,
    int stepParallelism) {

  public ProvisioningSettings {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    Objects.requireNonNull(eventSource, "eventSource");
    templates = Map.copyOf(templates);
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(secretPathTemplate, "secretPathTemplate");
    if (stepParallelism < 1) {
      throw new IllegalArgumentException("stepParallelism must be at least 1");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /** Where the client secret of an application is kept. */
  public String secretPath(TenantKey tenant, ApplicationId application) {
    return secretPathTemplate
        .replace("{tenant}", tenant.value())
        .replace("{app}", application.toString());
  }
}
