package io.oktaadapter.testing.local;

import io.oktaadapter.testing.KeycloakServer;
import java.time.Duration;
import java.util.List;

/**
 * Local-run service: a real Keycloak with realm {@code okta-adapter} (users {@code admin}, {@code
 * support}, {@code viewer}, {@code customer-acme}; password = user name), unpacked and kept under
 * {@code <data>/keycloak}. Opt-in ({@code --keycloak} or {@code OKTA_ADAPTER_LOCAL_KEYCLOAK=true}):
 * {@code bin/run} asks for it, the benchmarks do not.
 */
public final class LocalKeycloak implements LocalService {

  static final int DEFAULT_PORT = 8180;

  private KeycloakServer server;

  @Override
  public String name() {
    return "keycloak";
  }

  @Override
  public List<Endpoint> start(LocalSettings settings) {
    int port = settings.port("keycloak", DEFAULT_PORT);
    server = KeycloakServer.start(settings.dataDir("keycloak"), port, Duration.ofMinutes(4));
    return List.of(
        new Endpoint("OKTA_ADAPTER_LOCAL_KEYCLOAK_PORT", String.valueOf(port), "Keycloak port"),
        new Endpoint(
            "OKTA_ADAPTER_LOCAL_KEYCLOAK_REALM_URL",
            server.realmUrl(),
            "Keycloak realm (users admin, support, viewer, customer-acme)"),
        new Endpoint(
            "OKTA_ADAPTER_LOCAL_KEYCLOAK_ADMIN_CONSOLE",
            server.baseUrl() + "/admin/master/console/",
            "Keycloak admin console (admin/admin)"));
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
