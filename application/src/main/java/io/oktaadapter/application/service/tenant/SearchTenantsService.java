package io.oktaadapter.application.service.tenant;

import io.oktaadapter.application.common.Page;
import io.oktaadapter.application.common.PageRequest;
import io.oktaadapter.application.port.in.tenant.SearchTenantsUseCase;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.tenant.Tenant;
import java.util.Objects;

/** Use case: tenants matching a search text, in key order. */
public final class SearchTenantsService implements SearchTenantsUseCase {

  /** Longest search text accepted. */
  public static final int MAX_TEXT = 100;

  private final TenantRepository tenants;

  public SearchTenantsService(TenantRepository tenants) {
    this.tenants = Objects.requireNonNull(tenants);
  }

  @Override
  public Page<Tenant> searchTenants(String text, PageRequest request) {
    Objects.requireNonNull(request, "request");
    String needle = text == null ? "" : text.strip();
    if (needle.length() > MAX_TEXT) {
      throw new InvalidFieldException("q", "must be at most " + MAX_TEXT + " characters long");
    }
    return needle.isEmpty() ? tenants.findPage(request) : tenants.search(needle, request);
  }
}
