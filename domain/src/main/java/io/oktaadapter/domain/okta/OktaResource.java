package io.oktaadapter.domain.okta;

import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Objects;
import java.util.Optional;

/**
 * Value object: an Okta resource the adapter created (or adopted) for a tenant or one of its
 * applications, with the fingerprint of the desired state it was last brought to.
 *
 * @param name the resource's name in Okta, following the adapter's naming convention
 * @param applicationId the owning application, or {@code null} for a tenant-level resource
 */
public record OktaResource(
    OktaResourceType type,
    OktaId oktaId,
    String name,
    TenantKey tenantKey,
    ApplicationId applicationId,
    Fingerprint fingerprint) {

  public OktaResource {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(oktaId, "oktaId");
    Objects.requireNonNull(tenantKey, "tenantKey");
    Objects.requireNonNull(fingerprint, "fingerprint");
    if (name == null || name.isBlank() || name.length() > 255) {
      throw new InvalidFieldException("name", "must be 1 to 255 characters long");
    }
  }

  public Optional<ApplicationId> owningApplication() {
    return Optional.ofNullable(applicationId);
  }

  /** The same resource, brought to another desired state. */
  public OktaResource withFingerprint(Fingerprint newFingerprint) {
    return new OktaResource(type, oktaId, name, tenantKey, applicationId, newFingerprint);
  }
}
