package io.oktaadapter.testing.local;

import java.util.List;

/**
 * Local-run extension point: one piece of real infrastructure that {@link
 * io.oktaadapter.testing.LocalInfrastructure} starts, describes and stops.
 *
 * <p>Built-in services are PostgreSQL and Kafka. Another module (the Okta simulator, Keycloak) adds
 * itself either by being listed in {@code LocalInfrastructure#builtInServices} or, without touching
 * this module, through {@code META-INF/services/io.oktaadapter.testing.local.LocalService} on the
 * launcher's class path. Implementations need a public no-argument constructor for the latter.
 */
public interface LocalService extends AutoCloseable {

  /** Short name used in messages, for example {@code "okta-simulator"}. */
  String name();

  /**
   * Starts the service and blocks until it accepts connections.
   *
   * @param settings ports and data directory; use {@link LocalSettings#port} and {@link
   *     LocalSettings#dataDir(String)} so every port is overridable and data is kept under one root
   * @return what a developer needs to reach it, as {@code KEY=value} pairs in iteration order
   *     (URLs, ports, credentials); they are printed and written to the launcher's environment file
   */
  List<Endpoint> start(LocalSettings settings) throws Exception;

  /** Stops the service and every process it started; must be safe to call twice. */
  @Override
  void close();

  /** One {@code KEY=value} fact about a started service, such as its URL. */
  record Endpoint(String key, String value, String description) {}
}
