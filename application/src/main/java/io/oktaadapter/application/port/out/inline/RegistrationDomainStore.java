package io.oktaadapter.application.port.out.inline;

import io.oktaadapter.domain.tenant.EmailDomain;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Outbound port for the e-mail domains tenants accept registrations from (read by the registration
 * inline hook through the read model). Requires the caller's transaction.
 */
public interface RegistrationDomainStore {

  /** The tenant's domains, sorted. */
  List<EmailDomain> domainsOf(TenantKey tenant);

  /** The tenants other than {@code tenant} that hold any of {@code domains}. */
  Map<EmailDomain, TenantKey> heldByOthers(TenantKey tenant, Collection<EmailDomain> domains);

  /** Makes {@code domains} the tenant's complete list. */
  void replace(TenantKey tenant, Collection<EmailDomain> domains);
}
