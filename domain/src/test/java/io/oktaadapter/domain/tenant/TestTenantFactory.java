package io.oktaadapter.domain.tenant;

import java.time.Instant;
import java.util.List;

/** Test builder shared through the domain test-jar: valid tenants with readable defaults. */
public final class TestTenantFactory {

  public static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  private TestTenantFactory() {}

  public static Tenant pendingTenant(String key) {
    return Tenant.register(
        TenantKey.of(key),
        key + " display name",
        List.of(Alias.of(key + ".feedback.example.com")),
        List.of(EmailAddress.of("admin@" + key + ".example.com")),
        TenantFeatures.DEFAULTS,
        T0);
  }
}
