package io.oktaadapter.adapters.out.okta;

import io.oktaadapter.adapters.out.okta.AppsApi.AppJson;
import io.oktaadapter.application.port.out.okta.OktaApplications;
import io.oktaadapter.domain.okta.OktaId;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.GenericType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Okta REST adapter: {@link OktaApplications} over {@code /api/v1/apps} (OIDC clients). */
@Singleton
class RestOktaApplications implements OktaApplications {

  private static final GenericType<List<AppJson>> LIST = new GenericType<>() {};

  private final AppsApi api;
  private final OktaCalls calls;
  private final OktaPages pages;
  private final int pageSize;

  RestOktaApplications(AppsApi api, OktaCalls calls, OktaPages pages, OktaConfig config) {
    this.api = api;
    this.calls = calls;
    this.pages = pages;
    this.pageSize = config.pageSize();
  }

  @Override
  public OidcApplication create(OidcApplicationDetails details) {
    return calls.createOrFind(
        OktaBucket.APPS,
        () -> toApplication(api.create(OidcAppJson.of(null, details))),
        () -> findByLabel(details.label()));
  }

  @Override
  public Optional<OidcApplication> find(OktaId id) {
    return NotFound.asEmpty(() -> toApplication(get(id)));
  }

  @Override
  public Optional<OidcApplication> findByLabel(String label) {
    return pages
        .first(OktaBucket.APPS, () -> api.search(label, pageSize), LIST, a -> isOidc(a, label))
        .map(RestOktaApplications::toApplication);
  }

  @Override
  public OidcClientCredentials credentials(OktaId id) {
    AppJson.OauthClientCredentials client = get(id).credentials().oauthClient();
    return new OidcClientCredentials(client.clientId(), client.clientSecret());
  }

  @Override
  public OidcApplication update(OktaId id, OidcApplicationDetails details) {
    return toApplication(
        calls.repeatable(
            OktaBucket.APP_BY_ID, () -> api.update(id.value(), OidcAppJson.of(id, details))));
  }

  @Override
  public void deactivate(OktaId id) {
    calls.repeatable(OktaBucket.APPS, () -> api.deactivate(id.value()));
  }

  @Override
  public void delete(OktaId id) {
    NotFound.ignored(() -> calls.repeatable(OktaBucket.APP_BY_ID, () -> api.delete(id.value())));
  }

  private AppJson get(OktaId id) {
    return calls.repeatable(OktaBucket.APP_BY_ID, () -> api.get(id.value()));
  }

  private static boolean isOidc(AppJson app, String label) {
    return label.equals(app.label()) && OidcAppJson.SIGN_ON_MODE.equals(app.signOnMode());
  }

  private static OidcApplication toApplication(AppJson json) {
    String clientId =
        json.credentials() == null || json.credentials().oauthClient() == null
            ? null
            : json.credentials().oauthClient().clientId();
    var oauth = json.settings() == null ? null : json.settings().oauthClient();
    return new OidcApplication(
        OktaId.of(json.id()),
        json.label(),
        clientId,
        "ACTIVE".equals(json.status()),
        oauth == null ? null : oauth.redirectUris(),
        oauth == null ? null : oauth.postLogoutRedirectUris(),
        oauth == null ? null : oauth.initiateLoginUri());
  }

  /** Builds Okta's OIDC application body from the port's details. */
  static final class OidcAppJson {
    static final String SIGN_ON_MODE = "OPENID_CONNECT";

    private OidcAppJson() {}

    static AppJson of(OktaId id, OidcApplicationDetails d) {
      var settings =
          new AppJson.OauthClientSettings(
              d.redirectUris(),
              d.postLogoutRedirectUris(),
              d.initiateLoginUri(),
              d.responseTypes().stream().sorted().toList(),
              d.grantTypes().stream().sorted().toList(),
              d.clientType().name().toLowerCase(Locale.ROOT));
      var credentials = new AppJson.OauthClientCredentials(null, null, authMethod(d.clientType()));
      return new AppJson(
          id == null ? null : id.value(),
          "oidc_client",
          d.label(),
          null,
          SIGN_ON_MODE,
          new AppJson.Credentials(credentials),
          new AppJson.Settings(settings));
    }

    private static String authMethod(ClientType type) {
      // Browser and native clients cannot keep a secret: they use PKCE instead.
      return type == ClientType.BROWSER || type == ClientType.NATIVE
          ? "none"
          : "client_secret_basic";
    }
  }
}
