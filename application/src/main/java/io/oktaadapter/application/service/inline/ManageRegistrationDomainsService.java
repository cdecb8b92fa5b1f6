package io.oktaadapter.application.service.inline;

import io.oktaadapter.application.common.AlreadyExistsException;
import io.oktaadapter.application.port.in.inline.ManageRegistrationDomainsUseCase;
import io.oktaadapter.application.port.out.inline.RegistrationDomainStore;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.port.out.persistence.UnitOfWork;
import io.oktaadapter.domain.tenant.EmailDomain;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantNotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Use case: lists and replaces a tenant's registration domains in one transaction; the inline
 * hooks' read model picks the change up through its version trigger.
 */
public final class ManageRegistrationDomainsService implements ManageRegistrationDomainsUseCase {

  private final TenantRepository tenants;
  private final RegistrationDomainStore domains;
  private final UnitOfWork unitOfWork;

  public ManageRegistrationDomainsService(
      TenantRepository tenants, RegistrationDomainStore domains, UnitOfWork unitOfWork) {
    this.tenants = Objects.requireNonNull(tenants, "tenants");
    this.domains = Objects.requireNonNull(domains, "domains");
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
  }

  @Override
  public List<EmailDomain> list(TenantKey tenant) {
    return unitOfWork.inNewTransaction(
        () -> {
          requireTenant(tenant);
          return domains.domainsOf(tenant);
        });
  }

  @Override
  public List<EmailDomain> replace(TenantKey tenant, List<EmailDomain> wanted) {
    List<EmailDomain> sorted = List.copyOf(new TreeSet<>(wanted));
    return unitOfWork.inNewTransaction(
        () -> {
          requireTenant(tenant);
          Map<EmailDomain, TenantKey> taken = domains.heldByOthers(tenant, sorted);
          if (!taken.isEmpty()) {
            // Name the domains, not the tenants holding them: a customer must not learn of others.
            throw new AlreadyExistsException(
                "These registration domains belong to another tenant: "
                    + taken.keySet().stream()
                        .sorted()
                        .map(EmailDomain::value)
                        .collect(Collectors.joining(", ")));
          }
          domains.replace(tenant, sorted);
          return sorted;
        });
  }

  private void requireTenant(TenantKey tenant) {
    if (tenants.findByKey(tenant).isEmpty()) {
      throw new TenantNotFoundException(tenant);
    }
  }
}
