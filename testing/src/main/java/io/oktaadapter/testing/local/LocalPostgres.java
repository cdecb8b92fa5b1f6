package io.oktaadapter.testing.local;

import io.oktaadapter.testing.PostgresServer;
import java.util.List;

/** Local-run service: the real PostgreSQL server, its data kept under {@code <data>/postgres}. */
public final class LocalPostgres implements RestartableService {

  static final int DEFAULT_PORT = 5433;

  private PostgresServer server;

  @Override
  public String name() {
    return "postgres";
  }

  @Override
  public List<Endpoint> start(LocalSettings settings) {
    int port = settings.port("postgres", DEFAULT_PORT);
    server = PostgresServer.embedded(settings.dataDir("postgres"), port);
    return List.of(
        new Endpoint("OKTA_ADAPTER_LOCAL_POSTGRES_PORT", String.valueOf(port), "PostgreSQL port"),
        new Endpoint("OKTA_ADAPTER_LOCAL_DB_URL", server.jdbcUrl(), "PostgreSQL JDBC URL"),
        new Endpoint("OKTA_ADAPTER_LOCAL_DB_USER", server.username(), "PostgreSQL user"),
        new Endpoint("OKTA_ADAPTER_LOCAL_DB_PASSWORD", server.password(), "PostgreSQL password"));
  }

  @Override
  public void stopInPlace() {
    server.stop();
  }

  @Override
  public void startInPlace() {
    server.restart();
  }

  @Override
  public void close() {
    if (server != null) {
      // Stops the postmaster child process too (pg_ctl stop), not only the JDBC side.
      server.close();
    }
  }
}
