package io.oktaadapter.adapters.out.persistence.job;

import io.oktaadapter.application.common.IdempotencyKeyInUseException;
import io.oktaadapter.application.port.out.persistence.ProvisioningJobRepository;
import io.oktaadapter.domain.okta.Fingerprint;
import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.domain.okta.OktaResourceType;
import io.oktaadapter.domain.provisioning.IdempotencyKey;
import io.oktaadapter.domain.provisioning.JobId;
import io.oktaadapter.domain.provisioning.JobKind;
import io.oktaadapter.domain.provisioning.JobStatus;
import io.oktaadapter.domain.provisioning.JobStep;
import io.oktaadapter.domain.provisioning.ProvisioningJob;
import io.oktaadapter.domain.provisioning.StepAction;
import io.oktaadapter.domain.provisioning.StepStatus;
import io.oktaadapter.domain.tenant.TenantKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Persistence adapter: provisioning jobs in PostgreSQL. Runners claim jobs with {@code FOR UPDATE
 * SKIP LOCKED} plus a lease, so replicas never pick the same job and a dead runner's job comes back
 * once its lease runs out.
 */
@ApplicationScoped
class JpaProvisioningJobRepository implements ProvisioningJobRepository {

  // The oldest unfinished, unleased job whose tenant has no older unfinished job.
  private static final String CLAIM =
      """
      update provisioning_job set lease_owner = :runner,
             lease_until = now() + make_interval(secs => :seconds)
       where job_id = (
             select j.job_id from provisioning_job j
              where j.status in ('QUEUED', 'RUNNING')
                and (j.lease_until is null or j.lease_until < now())
                and not exists (
                    select 1 from provisioning_job o
                     where o.tenant_key = j.tenant_key
                       and o.status in ('QUEUED', 'RUNNING')
                       and o.created_at < j.created_at)
              order by j.created_at
              limit 1
              for update skip locked)
      returning job_id
      """;

  private static final String QUEUE_RECONCILES =
      """
      insert into provisioning_job (job_id, tenant_key, kind, status, request_fingerprint,
                                    created_at, updated_at)
      select gen_random_uuid(), t.tenant_key, 'RECONCILE', 'QUEUED', :fingerprint, now(), now()
        from tenant t
       where t.status = 'READY'
         and not exists (
             select 1 from provisioning_job j
              where j.tenant_key = t.tenant_key
                and (j.status in ('QUEUED', 'RUNNING')
                     or (j.kind = 'RECONCILE'
                         and j.created_at > now() - make_interval(secs => :seconds))))
      """;

  /** First key of the two-int advisory locks taken on idempotency keys. */
  static final int IDEMPOTENCY_LOCK_SPACE = 0x1DE7;

  /** Advisory lock key of the scheduled reconcile, distinct from the outbox relay's locks. */
  private static final long RECONCILE_LOCK = 0x0A7B0_5EC0L;

  private static final String SCHEDULED_FINGERPRINT = Fingerprint.of("scheduled reconcile").hex();

  private final EntityManager em;

  JpaProvisioningJobRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void save(ProvisioningJob job) {
    ProvisioningJobJpaEntity found = em.find(ProvisioningJobJpaEntity.class, job.id().value());
    boolean isNew = found == null;
    ProvisioningJobJpaEntity e = isNew ? new ProvisioningJobJpaEntity() : found;
    e.id = job.id().value();
    e.tenantKey = job.tenantKey().value();
    e.kind = job.kind().name();
    e.status = job.status().name();
    e.idempotencyKey = job.idempotencyKey().orElse(null);
    e.requestFingerprint = job.request().hex();
    e.result = job.result().orElse(null);
    e.createdAt = job.createdAt();
    e.updatedAt = job.updatedAt();
    // Rows are changed in place, so that a step's commit writes that one row, not all of them.
    List<JobStep> steps = job.steps();
    for (int i = 0; i < steps.size(); i++) {
      ProvisioningJobJpaEntity.Step row = toRow(steps.get(i));
      if (i >= e.steps.size()) {
        e.steps.add(row);
      } else if (!same(e.steps.get(i), row)) {
        e.steps.set(i, row);
      }
    }
    while (e.steps.size() > steps.size()) {
      e.steps.remove(e.steps.size() - 1);
    }
    if (isNew) {
      em.persist(e);
    }
    try {
      em.flush();
    } catch (PersistenceException failure) {
      if (isNew
          && e.idempotencyKey != null
          && violates(failure, "provisioning_job_idempotency_key_key")) {
        throw new IdempotencyKeyInUseException();
      }
      throw failure;
    }
  }

  private static boolean violates(Throwable failure, String constraint) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException violation) {
        return constraint.equals(violation.getConstraintName());
      }
    }
    return false;
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public boolean tryLockIdempotencyKey(IdempotencyKey key) {
    // Two-int advisory locks live apart from the one-bigint locks of the outbox and the reconcile.
    Object locked =
        em.createNativeQuery("select pg_try_advisory_xact_lock(:space, hashtext(:key))")
            .setParameter("space", IDEMPOTENCY_LOCK_SPACE)
            .setParameter("key", key.value())
            .getSingleResult();
    return Boolean.TRUE.equals(locked);
  }

  @Override
  public Optional<ProvisioningJob> findById(JobId id) {
    return Optional.ofNullable(em.find(ProvisioningJobJpaEntity.class, id.value()))
        .map(JpaProvisioningJobRepository::toDomain);
  }

  @Override
  public Optional<ProvisioningJob> findByIdempotencyKey(IdempotencyKey key) {
    return first(
        em.createQuery(
                "from ProvisioningJobJpaEntity where idempotencyKey = :key",
                ProvisioningJobJpaEntity.class)
            .setParameter("key", key.value())
            .getResultList());
  }

  @Override
  public Optional<ProvisioningJob> findLatestByTenant(TenantKey tenant) {
    return first(
        em.createQuery(
                "from ProvisioningJobJpaEntity where tenantKey = :tenant order by createdAt desc",
                ProvisioningJobJpaEntity.class)
            .setParameter("tenant", tenant.value())
            .setMaxResults(1)
            .getResultList());
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public Optional<JobId> claimNext(String runner, Duration lease) {
    List<?> ids =
        em.createNativeQuery(CLAIM)
            .setParameter("runner", runner)
            .setParameter("seconds", lease.toMillis() / 1000.0)
            .getResultList();
    return ids.stream().findFirst().map(id -> new JobId((UUID) id));
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public boolean extendLease(JobId id, String runner, Duration lease) {
    int updated =
        em.createNativeQuery(
                "update provisioning_job set lease_until = now() + make_interval(secs => :seconds)"
                    + " where job_id = :id and lease_owner = :runner")
            .setParameter("seconds", lease.toMillis() / 1000.0)
            .setParameter("id", id.value())
            .setParameter("runner", runner)
            .executeUpdate();
    return updated == 1;
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public int queueReconcilesDue(Duration interval) {
    // Replicas queue one after the other: the second sees the first's jobs and adds none.
    em.createNativeQuery("select pg_advisory_xact_lock(:key)")
        .setParameter("key", RECONCILE_LOCK)
        .getSingleResult();
    return em.createNativeQuery(QUEUE_RECONCILES)
        .setParameter("fingerprint", SCHEDULED_FINGERPRINT)
        .setParameter("seconds", interval.toMillis() / 1000.0)
        .executeUpdate();
  }

  private static Optional<ProvisioningJob> first(List<ProvisioningJobJpaEntity> rows) {
    return rows.stream().findFirst().map(JpaProvisioningJobRepository::toDomain);
  }

  private static boolean same(ProvisioningJobJpaEntity.Step a, ProvisioningJobJpaEntity.Step b) {
    return java.util.Objects.equals(a.action, b.action)
        && java.util.Objects.equals(a.resourceType, b.resourceType)
        && java.util.Objects.equals(a.resourceName, b.resourceName)
        && java.util.Objects.equals(a.status, b.status)
        && java.util.Objects.equals(a.oktaId, b.oktaId)
        && java.util.Objects.equals(a.detail, b.detail);
  }

  private static ProvisioningJobJpaEntity.Step toRow(JobStep s) {
    var row = new ProvisioningJobJpaEntity.Step();
    row.action = s.action().name();
    row.resourceType = s.type().name();
    row.resourceName = s.name();
    row.status = s.status().name();
    row.oktaId = s.recordedId().map(OktaId::value).orElse(null);
    row.detail = s.failure().orElse(null);
    return row;
  }

  private static ProvisioningJob toDomain(ProvisioningJobJpaEntity e) {
    List<JobStep> steps =
        e.steps.stream()
            .map(
                s ->
                    new JobStep(
                        StepAction.valueOf(s.action),
                        OktaResourceType.valueOf(s.resourceType),
                        s.resourceName,
                        StepStatus.valueOf(s.status),
                        s.oktaId == null ? null : OktaId.of(s.oktaId),
                        s.detail))
            .toList();
    return ProvisioningJob.restore(
        new JobId(e.id),
        TenantKey.of(e.tenantKey),
        JobKind.valueOf(e.kind),
        e.idempotencyKey,
        new Fingerprint(e.requestFingerprint),
        JobStatus.valueOf(e.status),
        steps,
        e.result,
        e.createdAt,
        e.updatedAt);
  }
}
