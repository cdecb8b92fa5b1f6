package io.oktaadapter.application.port.out.persistence;

import io.oktaadapter.domain.provisioning.TenantDrift;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Optional;

/** Outbound port: the outcome of each tenant's last drift check. Needs a transaction. */
public interface TenantDriftRepository {

  /** Replaces the tenant's last outcome. */
  void save(TenantDrift drift);

  Optional<TenantDrift> find(TenantKey tenant);
}
