package io.oktaadapter.adapters.in.rest.tenant;

import io.oktaadapter.adapters.in.rest.common.StrictInput;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.tenant.TenantSpec;
import java.util.List;

/**
 * REST adapter: the declarative tenant spec of {@code POST} and {@code PUT}. Only these fields are
 * read; status and Okta ids are never taken from a client.
 */
@StrictInput
public record TenantSpecDto(
    String key,
    String displayName,
    List<String> aliases,
    List<String> adminContacts,
    Features features) {

  /** Feature toggles; {@code mfa} is OFF, OPTIONAL or REQUIRED. */
  @StrictInput
  public record Features(String mfa) {}

  /** Validates the spec; {@code pathKey} (on PUT) wins, and a different body key is an error. */
  TenantSpec toSpec(String pathKey) {
    String k = key;
    if (pathKey != null) {
      if (key != null && !key.equals(pathKey)) {
        throw new InvalidFieldException("key", "must match the key in the path");
      }
      k = pathKey;
    }
    return TenantSpec.parse(
        k, displayName, aliases, adminContacts, features == null ? null : features.mfa());
  }
}
