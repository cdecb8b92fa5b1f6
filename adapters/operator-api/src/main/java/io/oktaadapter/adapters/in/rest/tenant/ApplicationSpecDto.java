package io.oktaadapter.adapters.in.rest.tenant;

import io.oktaadapter.adapters.in.rest.common.StrictInput;
import io.oktaadapter.application.port.in.application.SubmitApplicationCommand;
import io.oktaadapter.domain.Validation;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.app.ApplicationKind;
import io.oktaadapter.domain.app.BaseUrl;
import io.oktaadapter.domain.provisioning.IdempotencyKey;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.HashMap;
import java.util.Map;

/**
 * REST adapter: an application's spec: its kind (EFS, DV, ...) and the installation's base URL per
 * tenant alias, e.g. {@code
 * {"kind":"EFS","baseUrls":{"acme.example.com":"https://acme.example.com/efs"}}}.
 */
@StrictInput
public record ApplicationSpecDto(String kind, Map<String, String> baseUrls) {

  SubmitApplicationCommand toCommand(TenantKey tenant, ApplicationId id, IdempotencyKey key) {
    Validation v = new Validation();
    ApplicationKind k = v.field("kind", kind, ApplicationKind::of);
    Map<Alias, BaseUrl> urls = new HashMap<>();
    if (baseUrls == null || baseUrls.isEmpty()) {
      v.reject("baseUrls", "an application needs a base URL for an alias");
    } else {
      baseUrls.forEach(
          (alias, url) -> {
            Alias a = v.field("baseUrls", alias, Alias::of);
            BaseUrl b = v.field("baseUrls." + alias, url, BaseUrl::of);
            if (a != null && b != null) {
              urls.put(a, b);
            }
          });
    }
    v.throwIfInvalid();
    return new SubmitApplicationCommand(tenant, id, k, urls, key);
  }
}
