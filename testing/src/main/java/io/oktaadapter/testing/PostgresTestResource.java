package io.oktaadapter.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource: points the datasource at the JVM's shared real PostgreSQL server ({@link
 * PostgresServer#shared()}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    PostgresServer pg = PostgresServer.shared();
    return Map.of(
        "quarkus.datasource.jdbc.url", pg.jdbcUrl(),
        "quarkus.datasource.username", pg.username(),
        "quarkus.datasource.password", pg.password());
  }

  @Override
  public void stop() {
    // The server is shared by every test application of this JVM; it stops when the JVM exits.
  }
}
