package io.oktaadapter.adapters.out.persistence.app;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** Persistence adapter: JPA entity of an application; mapped by {@link ApplicationMapper}. */
@Entity
@Table(name = "application")
public class ApplicationJpaEntity {

  @Id
  @Column(name = "application_id")
  UUID id;

  @Column(name = "tenant_key")
  String tenantKey;

  String kind;

  String status;

  @Column(name = "status_reason")
  String statusReason;

  @Version Long version;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "updated_at")
  Instant updatedAt;

  @ElementCollection
  @BatchSize(size = 100)
  @CollectionTable(
      name = "application_base_url",
      joinColumns = @JoinColumn(name = "application_id"))
  @MapKeyColumn(name = "alias")
  @Column(name = "base_url")
  Map<String, String> baseUrls = new HashMap<>();
}
