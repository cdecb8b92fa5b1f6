package io.oktaadapter.application.port.in.tenant;

import io.oktaadapter.application.common.Page;
import io.oktaadapter.application.common.PageRequest;
import io.oktaadapter.domain.tenant.Tenant;

/** Inbound port: lists the tenants the adapter manages, page by page, in key order. */
public interface ListTenantsUseCase {

  Page<Tenant> listTenants(PageRequest request);
}
