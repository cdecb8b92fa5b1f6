package io.oktaadapter.application.service.inline;

import io.oktaadapter.application.common.AlreadyExistsException;
import io.oktaadapter.application.port.in.inline.ManageRegistrationDomainsUseCase;
import io.oktaadapter.application.port.out.inline.RegistrationDomainStore;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.port.out.persistence.UnitOfWork;
import io.oktaadapter.application.security.Access;
import io.oktaadapter.application.service.audit.Auditor;
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
  private final Auditor auditor;

  public ManageRegistrationDomainsService(
      TenantRepository tenants,
      RegistrationDomainStore domains,
      UnitOfWork unitOfWork,
      Auditor auditor) {
    this.tenants = Objects.requireNonNull(tenants, "tenants");
    this.domains = Objects.requireNonNull(domains, "domains");
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
  }

  @Override
  public List<EmailDomain> list(TenantKey tenant) {
    auditor.require(Access.READ_TENANT, tenant);
    return unitOfWork.inNewTransaction(
        () -> {
          requireTenant(tenant);
          return domains.domainsOf(tenant);
        });
  }

  @Override
  public List<EmailDomain> replace(TenantKey tenant, List<EmailDomain> wanted) {
    auditor.require(Access.MANAGE_ACCESS, tenant);
    List<EmailDomain> sorted = List.copyOf(new TreeSet<>(wanted));
    return unitOfWork.inNewTransaction(
        () -> {
          requireTenant(tenant);
          List<EmailDomain> before = domains.domainsOf(tenant);
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
          auditor.record(
              "tenant.set-registration-domains",
              "tenant",
              tenant.value(),
              tenant,
              Map.of("domains", names(before)),
              Map.of("domains", names(sorted)));
          return sorted;
        });
  }

  private static List<String> names(List<EmailDomain> list) {
    return list.stream().map(EmailDomain::value).toList();
  }

  private void requireTenant(TenantKey tenant) {
    if (tenants.findByKey(tenant).isEmpty()) {
      throw new TenantNotFoundException(tenant);
    }
  }
}
