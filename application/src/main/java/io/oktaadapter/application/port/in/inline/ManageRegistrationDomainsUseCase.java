package io.oktaadapter.application.port.in.inline;

import io.oktaadapter.domain.tenant.EmailDomain;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.List;

/**
 * Inbound port: the e-mail domains from which a tenant accepts self-service registration. A domain
 * belongs to at most one tenant, so that a sign-up is never placed in two tenants.
 */
public interface ManageRegistrationDomainsUseCase {

  /** The tenant's domains, sorted; fails with TenantNotFoundException for an unknown tenant. */
  List<EmailDomain> list(TenantKey tenant);

  /**
   * Makes {@code domains} the tenant's complete list and returns it sorted; fails with
   * AlreadyExistsException naming the domains another tenant holds, changing nothing.
   */
  List<EmailDomain> replace(TenantKey tenant, List<EmailDomain> domains);
}
