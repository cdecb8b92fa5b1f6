package io.oktaadapter.adapters.out.persistence.app;

import io.oktaadapter.domain.LifecycleStatus;
import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.app.ApplicationKind;
import io.oktaadapter.domain.app.BaseUrl;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.LinkedHashMap;
import java.util.Map;

/** Persistence adapter: maps applications between the domain and {@link ApplicationJpaEntity}. */
final class ApplicationMapper {

  private ApplicationMapper() {}

  static Application toDomain(ApplicationJpaEntity e) {
    Map<Alias, BaseUrl> urls = new LinkedHashMap<>();
    e.baseUrls.forEach((alias, url) -> urls.put(Alias.of(alias), BaseUrl.of(url)));
    return Application.restore(
        new ApplicationId(e.id),
        TenantKey.of(e.tenantKey),
        ApplicationKind.of(e.kind),
        urls,
        LifecycleStatus.valueOf(e.status),
        e.statusReason,
        e.version == null ? 0 : e.version,
        e.createdAt,
        e.updatedAt);
  }

  static void copy(Application a, ApplicationJpaEntity e) {
    e.id = a.id().value();
    e.tenantKey = a.tenantKey().value();
    e.kind = a.kind().name();
    e.status = a.status().name();
    e.statusReason = a.statusReason().orElse(null);
    e.createdAt = a.createdAt();
    e.updatedAt = a.updatedAt();
    e.baseUrls.clear();
    a.baseUrls().forEach((alias, url) -> e.baseUrls.put(alias.host(), url.value()));
  }
}
