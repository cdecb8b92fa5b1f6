package io.oktaadapter.application.port.in.tenant;

import io.oktaadapter.application.common.Page;
import io.oktaadapter.application.common.PageRequest;
import io.oktaadapter.domain.tenant.Tenant;

/**
 * Inbound port: finds tenants whose key, display name or alias contains a text (case-insensitive),
 * page by page in key order; a blank text lists every tenant, as {@link ListTenantsUseCase} does.
 */
public interface SearchTenantsUseCase {

  Page<Tenant> searchTenants(String text, PageRequest request);
}
