package io.oktaadapter.adapters.out.persistence.okta;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** Persistence adapter: JPA entity of a recorded Okta resource. */
@Entity
@Table(name = "okta_resource")
public class OktaResourceJpaEntity {

  @EmbeddedId ResourceKey id;

  String name;

  @Column(name = "tenant_key")
  String tenantKey;

  @Column(name = "application_id")
  UUID applicationId;

  String fingerprint;

  @Column(name = "recorded_at")
  Instant recordedAt;

  /** Primary key: Okta ids are unique per resource type. */
  @Embeddable
  public record ResourceKey(
      @Column(name = "resource_type") String type, @Column(name = "okta_id") String oktaId)
      implements Serializable {}
}
