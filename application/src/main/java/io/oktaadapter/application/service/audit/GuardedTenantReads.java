package io.oktaadapter.application.service.audit;

import io.oktaadapter.application.common.Page;
import io.oktaadapter.application.port.in.provisioning.DescribeTenantProvisioningUseCase;
import io.oktaadapter.application.port.in.provisioning.PlanTenantUseCase;
import io.oktaadapter.application.port.in.tenant.GetTenantUseCase;
import io.oktaadapter.application.port.in.tenant.ListTenantsUseCase;
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
