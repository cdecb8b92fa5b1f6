package io.oktaadapter.adapters.out.persistence.job;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Persistence adapter: JPA entity of a provisioning job; the lease columns are set by SQL. */
@Entity
@Table(name = "provisioning_job")
public class ProvisioningJobJpaEntity {

  @Id
  @Column(name = "job_id")
  UUID id;

  @Column(name = "tenant_key")
  String tenantKey;

  String kind;

  String status;

  @Column(name = "idempotency_key")
  String idempotencyKey;

  @Column(name = "request_fingerprint")
  String requestFingerprint;

  String result;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "updated_at")
  Instant updatedAt;

  @ElementCollection
  @CollectionTable(name = "provisioning_job_step", joinColumns = @JoinColumn(name = "job_id"))
  @OrderColumn(name = "position")
  List<Step> steps = new ArrayList<>();

  /** One step row. */
  @Embeddable
  public static class Step {
    String action;

    @Column(name = "resource_type")
    String resourceType;

    @Column(name = "resource_name")
    String resourceName;

    String status;

    @Column(name = "okta_id")
    String oktaId;

    String detail;
  }
}
