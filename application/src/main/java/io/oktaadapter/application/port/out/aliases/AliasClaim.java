package io.oktaadapter.application.port.out.aliases;

import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.TenantKey;
import java.time.Instant;
import java.util.Objects;

/**
 * Application value: a tenant's claim to an alias it has not proven yet (PENDING_VERIFICATION). The
 * tenant proves it by publishing {@link #token()} in the TXT record {@link #recordName()}. A claim
 * blocks no one: several tenants may claim one host, the first to prove it gets it.
 */
public record AliasClaim(
    TenantKey tenant, Alias alias, String token, Instant createdAt, Instant expiresAt) {

  /** The label in front of the alias under which the challenge TXT record is published. */
  public static final String RECORD_PREFIX = "_okta-adapter-challenge.";

  public AliasClaim {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** The DNS name of the TXT record that proves the claim. */
  public String recordName() {
    return RECORD_PREFIX + alias.host();
  }

  public boolean expired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
