package io.oktaadapter.application.port.out.persistence;

import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.domain.okta.OktaResource;
import io.oktaadapter.domain.okta.OktaResourceType;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port for the record of Okta resources the adapter created or adopted. Each record is
 * written as soon as Okta returns the id, before the next step, so nothing created is forgotten.
 */
public interface OktaResourceRepository {

  /** Records a new resource, or updates the fingerprint of a known one (same type and Okta id). */
  void save(OktaResource resource);

  /** The tenant's resources, including those of its applications, in dependency order. */
  List<OktaResource> findByTenant(TenantKey tenant);

  Optional<OktaResource> find(OktaResourceType type, OktaId oktaId);

  void delete(OktaResourceType type, OktaId oktaId);
}
