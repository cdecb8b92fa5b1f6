package io.oktaadapter.application.port.out.persistence;

import io.oktaadapter.domain.provisioning.IdempotencyKey;
import io.oktaadapter.domain.provisioning.JobId;
import io.oktaadapter.domain.provisioning.ProvisioningJob;
import io.oktaadapter.domain.tenant.TenantKey;
import java.time.Duration;
import java.util.Optional;

/**
 * Outbound port for provisioning jobs and their steps. Runners claim a job with a lease, so that
 * two replicas never run one job and a job whose runner died is resumed once its lease runs out.
 * Every method needs a transaction.
 */
public interface ProvisioningJobRepository {

  /** Stores a new job or the new state of a known one (with its steps). */
  void save(ProvisioningJob job);

  Optional<ProvisioningJob> findById(JobId id);

  Optional<ProvisioningJob> findByIdempotencyKey(IdempotencyKey key);

  /**
   * Takes a lock on the key until the transaction ends, so that two requests with the same key are
   * never processed at once; false (at once, without waiting) when another transaction holds it.
   */
  boolean tryLockIdempotencyKey(IdempotencyKey key);

  /** The tenant's most recently queued job. */
  Optional<ProvisioningJob> findLatestByTenant(TenantKey tenant);

  /**
   * Leases the oldest unfinished job that no live runner holds and whose tenant has no older
   * unfinished job (jobs of one tenant run one after the other).
   */
  Optional<JobId> claimNext(String runner, Duration lease);

  /** Extends the runner's lease; false when the runner lost it (another runner took the job). */
  boolean extendLease(JobId id, String runner, Duration lease);

  /**
   * Queues a RECONCILE job for every READY tenant without an unfinished job and without a reconcile
   * queued within {@code interval}. Callers on several replicas are serialised, so each tenant gets
   * one.
   *
   * @return how many jobs were queued
   */
  int queueReconcilesDue(Duration interval);
}
