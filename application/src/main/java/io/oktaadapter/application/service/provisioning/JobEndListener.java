package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.domain.okta.OktaResource;
import io.oktaadapter.domain.provisioning.ProvisioningJob;
import io.oktaadapter.domain.tenant.Tenant;
import java.time.Instant;
import java.util.List;

/**
 * Callback of the job runner when a job ends (succeeded or failed), inside the transaction that
 * records the end, so that whatever it writes (e.g. a command result in the outbox) commits with
 * it.
 */
@FunctionalInterface
public interface JobEndListener {

  JobEndListener NONE = (job, tenant, resources, now) -> {};

  void jobEnded(ProvisioningJob job, Tenant tenant, List<OktaResource> resources, Instant now);
}
