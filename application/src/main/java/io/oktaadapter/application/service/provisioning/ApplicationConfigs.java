package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.port.in.application.ApplicationConfig;
import io.oktaadapter.application.port.out.okta.OktaApplications;
import io.oktaadapter.domain.app.AppTemplate;
import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.app.BaseUrl;
import io.oktaadapter.domain.okta.OktaResource;
import io.oktaadapter.domain.okta.OktaResourceType;
import io.oktaadapter.domain.provisioning.TenantResources;
import java.util.List;
import java.util.Optional;

/**
 * Builds the configuration an installation needs from the application, its template, the recorded
 * OIDC application (its client id comes from Okta) and the secret store's path of its secret.
 */
public final class ApplicationConfigs {

  private final OktaApplications okta;
  private final ProvisioningSettings settings;

  public ApplicationConfigs(OktaApplications okta, ProvisioningSettings settings) {
    this.okta = okta;
    this.settings = settings;
  }

  /** Empty while the application has no OIDC application in Okta. */
  public Optional<ApplicationConfig> of(Application app, List<OktaResource> recorded) {
    String name = TenantResources.applicationName(app);
    AppTemplate template = settings.templates().get(app.kind());
    Optional<OktaResource> oidc =
        recorded.stream()
            .filter(r -> r.type() == OktaResourceType.OIDC_APPLICATION && r.name().equals(name))
            .findFirst();
    if (oidc.isEmpty() || template == null) {
      return Optional.empty();
    }
    String clientId =
        okta.find(oidc.get().oktaId()).map(OktaApplications.OidcApplication::clientId).orElse(null);
    if (clientId == null) {
      return Optional.empty();
    }
    // Only base URLs on aliases that reached Okta (a recorded trusted origin: verified aliases,
    // ADR 0018) are the application's; those on claimed aliases wait, as in Okta.
    java.util.Set<String> origins = new java.util.HashSet<>();
    recorded.stream()
        .filter(r -> r.type() == OktaResourceType.TRUSTED_ORIGIN)
        .forEach(r -> origins.add(r.name()));
    String prefix = app.tenantKey().value() + "-origin-";
    List<BaseUrl> urls =
        app.baseUrls().entrySet().stream()
            .filter(e -> origins.contains(prefix + e.getKey().host()))
            .map(java.util.Map.Entry::getValue)
            .toList();
    return Optional.of(
        new ApplicationConfig(
            app.tenantKey().value(),
            app.id().toString(),
            app.kind().name(),
            settings.issuer().toString(),
            clientId,
            template.redirectUris(urls),
            template.postLogoutUris(urls),
            template.initiateLoginUri(urls).orElse(null),
            settings.secretPath(app.tenantKey(), app.id()),
            List.of(
                TenantResources.usersGroup(app.tenantKey()),
                TenantResources.adminsGroup(app.tenantKey()))));
  }
}
