package io.oktaadapter.adapters.out.okta;

import io.oktaadapter.application.port.out.okta.OktaApiCredentials;
import io.quarkus.arc.DefaultBean;
import jakarta.inject.Singleton;

/**
 * Okta REST adapter: Okta credentials from configuration ({@link OktaConfig}), until a secret store
 * provides them (another bean of {@link OktaApiCredentials} replaces this one).
 */
@Singleton
@DefaultBean
class ConfiguredOktaApiCredentials implements OktaApiCredentials {

  private final Credential credential;

  ConfiguredOktaApiCredentials(OktaConfig config) {
    this.credential =
        switch (config.authMode()) {
          case API_TOKEN -> new ApiToken(required(config.apiToken().orElse(null), "api-token"));
          case PRIVATE_KEY_JWT -> serviceAppKey(config.serviceApp());
        };
  }

  @Override
  public Credential current() {
    return credential;
  }

  private static ServiceAppKey serviceAppKey(OktaConfig.ServiceApp app) {
    return new ServiceAppKey(
        required(app.clientId().orElse(null), "service-app.client-id"),
        app.keyId().orElse(null),
        required(app.privateKey().orElse(null), "service-app.private-key"),
        app.scopes());
  }

  private static String required(String value, String key) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("okta-adapter.okta." + key + " must be set for this mode");
    }
    return value;
  }
}
