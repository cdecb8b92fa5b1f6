package io.oktaadapter.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Quarkus test resource: the JVM's shared real Keycloak ({@link #shared()}), started on first use
 * on a free port and stopped when the JVM exits. Points the API's bearer-token tenant and the web
 * UI's code-flow tenant ({@code quarkus.oidc.ui.*}) at realm {@code okta-adapter}. Use it only on
 * tests that need a real identity provider (restrict it to their test profile): it is slow.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

  private static KeycloakServer shared;

  /** The JVM's Keycloak, started on first call below {@code target/keycloak}. */
  public static synchronized KeycloakServer shared() {
    if (shared == null) {
      KeycloakServer server =
          KeycloakServer.start(
              Path.of("target", "keycloak").toAbsolutePath(),
              FreePorts.next(),
              Duration.ofMinutes(5));
      System.out.printf(
          "[keycloak] realm %s answered after %d ms%n",
          server.realmUrl(), server.startupTime().toMillis());
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "keycloak-stop"));
      shared = server;
    }
    return shared;
  }

  @Override
  public Map<String, String> start() {
    KeycloakServer server = shared();
    return Map.of(
        "quarkus.oidc.auth-server-url", server.realmUrl(),
        "quarkus.oidc.client-id", KeycloakServer.CLI_CLIENT,
        "quarkus.oidc.ui.auth-server-url", server.realmUrl(),
        "quarkus.oidc.ui.client-id", KeycloakServer.UI_CLIENT,
        "quarkus.oidc.ui.credentials.secret", KeycloakServer.UI_CLIENT_SECRET);
  }

  @Override
  public void stop() {
    // Shared by every test application of this JVM; it stops when the JVM exits.
  }
}
