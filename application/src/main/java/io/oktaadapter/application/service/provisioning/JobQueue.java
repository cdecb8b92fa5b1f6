package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.common.IdempotencyKeyInUseException;
import io.oktaadapter.application.common.IdempotencyKeyReusedException;
import io.oktaadapter.application.port.in.provisioning.Submission;
import io.oktaadapter.application.port.out.persistence.ProvisioningJobRepository;
import io.oktaadapter.domain.okta.Fingerprint;
import io.oktaadapter.domain.provisioning.IdempotencyKey;
import io.oktaadapter.domain.provisioning.JobKind;
import io.oktaadapter.domain.provisioning.ProvisioningJob;
import io.oktaadapter.domain.tenant.TenantKey;
import java.time.Clock;
import java.util.Optional;

/**
 * Helper of the provisioning use cases: queues jobs and answers replays: a request with a known
 * {@code Idempotency-Key} and the same content gets the first job back; with other content it is
 * refused; while another request with the key is being processed it is refused as in use.
 */
public final class JobQueue {

  private final ProvisioningJobRepository jobs;
  private final Clock clock;

  public JobQueue(ProvisioningJobRepository jobs, Clock clock) {
    this.jobs = jobs;
    this.clock = clock;
  }

  public Optional<Submission> replay(IdempotencyKey key, Fingerprint request) {
    if (key == null) {
      return Optional.empty();
    }
    if (!jobs.tryLockIdempotencyKey(key)) {
      throw new IdempotencyKeyInUseException();
    }
    return jobs.findByIdempotencyKey(key)
        .map(
            job -> {
              if (!job.request().equals(request)) {
                throw new IdempotencyKeyReusedException();
              }
              return new Submission.Accepted(job, true);
            });
  }

  public Submission queue(TenantKey tenant, JobKind kind, IdempotencyKey key, Fingerprint request) {
    ProvisioningJob job = ProvisioningJob.queue(tenant, kind, key, request, clock.instant());
    jobs.save(job);
    return new Submission.Accepted(job, false);
  }
}
