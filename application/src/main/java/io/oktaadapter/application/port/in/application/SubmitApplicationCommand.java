package io.oktaadapter.application.port.in.application;

import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.app.ApplicationKind;
import io.oktaadapter.domain.app.BaseUrl;
import io.oktaadapter.domain.provisioning.IdempotencyKey;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Command: create an application (id {@code null}) or give an existing one new base URLs.
 *
 * @param idempotencyKey the client's key, or {@code null}
 */
public record SubmitApplicationCommand(
    TenantKey tenant,
    ApplicationId id,
    ApplicationKind kind,
    Map<Alias, BaseUrl> baseUrls,
    IdempotencyKey idempotencyKey) {

  public SubmitApplicationCommand {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(kind, "kind");
    baseUrls = Map.copyOf(new TreeMap<>(baseUrls));
  }

  /** Canonical text, so that equal requests have equal fingerprints. */
  public String canonical() {
    return tenant + "\n" + id + "\n" + kind + "\n" + new TreeMap<>(baseUrls);
  }
}
