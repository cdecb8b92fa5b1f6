package io.oktaadapter.application.service.audit;

import io.oktaadapter.application.common.Page;
import io.oktaadapter.application.port.in.application.ListApplicationsUseCase;
import io.oktaadapter.application.port.in.provisioning.DescribeTenantProvisioningUseCase;
import io.oktaadapter.application.port.in.provisioning.PlanTenantUseCase;
import io.oktaadapter.application.port.in.tenant.GetTenantUseCase;
import io.oktaadapter.application.port.in.tenant.ListTenantsUseCase;
import io.oktaadapter.application.port.in.tenant.SearchTenantsUseCase;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.security.Access;
import io.oktaadapter.application.security.Actor;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.List;

/**
 * Use cases: the tenant reads, guarded by the access policy. A customer's listing holds only their
 * own tenant; any other tenant is answered as not found.
 */
public final class GuardedTenantReads {

  private GuardedTenantReads() {}

  /** Lists tenants; a customer gets a page with only their tenant. */
  public static ListTenantsUseCase list(
      ListTenantsUseCase delegate, TenantRepository tenants, Auditor auditor) {
    return request -> {
      Actor actor = auditor.actor();
      if (!actor.isCustomer()) {
        auditor.require(Access.READ_TENANT, null);
        return delegate.listTenants(request);
      }
      TenantKey own = actor.tenant().get();
      auditor.require(Access.READ_TENANT, own);
      List<Tenant> mine =
          request.page() == 0 ? tenants.findByKey(own).stream().toList() : List.of();
      long total = tenants.findByKey(own).isPresent() ? 1 : 0;
      return new Page<>(mine, request.page(), request.size(), total);
    };
  }

  /** Searches tenants; a customer finds at most their own tenant (when it matches the text). */
  public static SearchTenantsUseCase search(
      SearchTenantsUseCase delegate, TenantRepository tenants, Auditor auditor) {
    return (text, request) -> {
      Actor actor = auditor.actor();
      if (!actor.isCustomer()) {
        auditor.require(Access.READ_TENANT, null);
        return delegate.searchTenants(text, request);
      }
      TenantKey own = actor.tenant().get();
      auditor.require(Access.READ_TENANT, own);
      String needle = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
      List<Tenant> mine =
          tenants.findByKey(own).stream()
              .filter(
                  t ->
                      needle.isEmpty()
                          || t.key().value().contains(needle)
                          || t.displayName().toLowerCase(java.util.Locale.ROOT).contains(needle)
                          || t.aliases().stream().anyMatch(a -> a.host().contains(needle)))
              .toList();
      return new Page<>(
          request.page() == 0 ? mine : List.of(), request.page(), request.size(), mine.size());
    };
  }

  /** A tenant's applications: readable by whoever may read the tenant. */
  public static ListApplicationsUseCase applications(
      ListApplicationsUseCase delegate, Auditor auditor) {
    return key -> {
      auditor.require(Access.READ_TENANT, key);
      return delegate.listApplications(key);
    };
  }

  public static GetTenantUseCase get(GetTenantUseCase delegate, Auditor auditor) {
    return key -> {
      auditor.require(Access.READ_TENANT, key);
      return delegate.getTenant(key);
    };
  }

  public static PlanTenantUseCase plan(PlanTenantUseCase delegate, Auditor auditor) {
    return key -> {
      auditor.require(Access.READ_TENANT, key);
      return delegate.plan(key);
    };
  }

  public static DescribeTenantProvisioningUseCase describe(
      DescribeTenantProvisioningUseCase delegate, Auditor auditor) {
    return key -> {
      auditor.require(Access.READ_TENANT, key);
      return delegate.describe(key);
    };
  }
}
