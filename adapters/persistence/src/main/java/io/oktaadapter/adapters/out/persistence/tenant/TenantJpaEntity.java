package io.oktaadapter.adapters.out.persistence.tenant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** Persistence adapter: JPA entity of a tenant; mapped to the domain by {@link TenantMapper}. */
@Entity
@Table(name = "tenant")
public class TenantJpaEntity {

  @Id
  @Column(name = "tenant_key")
  String key;

  @Column(name = "display_name")
  String displayName;

  @Column(name = "mfa_mode")
  String mfaMode;

  String status;

  @Column(name = "drift_policy")
  String driftPolicy = "REPAIR";

  @Column(name = "status_reason")
  String statusReason;

  @Version Long version;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "updated_at")
  Instant updatedAt;

  // Batch-fetched so that a page of tenants loads its aliases in one extra query, not one each.
  @ElementCollection
  @BatchSize(size = 100)
  @CollectionTable(name = "tenant_alias", joinColumns = @JoinColumn(name = "tenant_key"))
  @Column(name = "host")
  Set<String> aliases = new HashSet<>();

  @ElementCollection
  @BatchSize(size = 100)
  @CollectionTable(name = "tenant_admin_contact", joinColumns = @JoinColumn(name = "tenant_key"))
  @OrderColumn(name = "position")
  @Column(name = "email")
  List<String> adminContacts = new ArrayList<>();
}
