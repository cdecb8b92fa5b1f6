package io.oktaadapter.application.service.audit;

import io.oktaadapter.application.common.NotFoundException;
import io.oktaadapter.application.port.in.application.GetApplicationConfigUseCase;
import io.oktaadapter.application.port.in.events.QueryIdentityEventsUseCase;
import io.oktaadapter.application.port.in.provisioning.GetJobUseCase;
import io.oktaadapter.application.port.out.events.IdentityEventLog.EventQuery;
import io.oktaadapter.application.port.out.events.QuarantinedDelivery;
import io.oktaadapter.application.port.out.events.StoredIdentityEvent;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.security.Access;
import io.oktaadapter.application.security.AccessPolicy;
import io.oktaadapter.application.security.Actor;
import io.oktaadapter.domain.provisioning.ProvisioningJob;
import java.util.List;

/** Use cases: reads of jobs, application configuration and events, guarded by the policy. */
public final class GuardedReads {

  private GuardedReads() {}

  /**
   * A job of another customer's tenant is answered as not found; so is, for a customer, a job of a
   * deleted tenant whose key their tenant took over (older than their tenant).
   */
  public static GetJobUseCase job(
      GetJobUseCase delegate, TenantRepository tenants, Auditor auditor) {
    return id -> {
      ProvisioningJob job = delegate.getJob(id);
      Actor actor = auditor.actor();
      if (AccessPolicy.mayNotSee(actor, job.tenantKey())
          || (actor.isCustomer()
              && tenants
                  .findByKey(job.tenantKey())
                  .filter(t -> job.createdAt().isBefore(t.createdAt()))
                  .isPresent())) {
        throw new NotFoundException("job " + id + " not found");
      }
      auditor.require(Access.READ_TENANT, job.tenantKey());
      return job;
    };
  }

  public static GetApplicationConfigUseCase applicationConfig(
      GetApplicationConfigUseCase delegate, Auditor auditor) {
    return (tenant, application) -> {
      auditor.require(Access.READ_TENANT, tenant);
      return delegate.config(tenant, application);
    };
  }

  /** Events belong to the Okta org, not to one tenant: operators only. */
  public static QueryIdentityEventsUseCase events(
      QueryIdentityEventsUseCase delegate, Auditor auditor) {
    return new QueryIdentityEventsUseCase() {
      @Override
      public List<StoredIdentityEvent> recentEvents(EventQuery query) {
        auditor.require(Access.READ_GLOBAL, null);
        return delegate.recentEvents(query);
      }

      @Override
      public List<QuarantinedDelivery> quarantinedDeliveries(int limit) {
        auditor.require(Access.READ_GLOBAL, null);
        return delegate.quarantinedDeliveries(limit);
      }
    };
  }
}
