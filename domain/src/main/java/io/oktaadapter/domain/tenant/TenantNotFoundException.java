package io.oktaadapter.domain.tenant;

import io.oktaadapter.domain.DomainException;

/** Domain error: no tenant has the given key. */
public final class TenantNotFoundException extends DomainException {

  private final TenantKey key;

  public TenantNotFoundException(TenantKey key) {
    super("no tenant has the key " + key);
    this.key = key;
  }

  public TenantKey key() {
    return key;
  }
}
