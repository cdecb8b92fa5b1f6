package io.oktaadapter.application.port.out.events;

import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Collection;
import java.util.Optional;

/**
 * Outbound port: finds the tenant that owns one of the given Okta resources (a group, an
 * application, a user), from local state only.
 */
public interface TenantLookup {

  Optional<TenantKey> tenantOwning(Collection<String> oktaIds);
}
