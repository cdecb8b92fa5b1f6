package io.oktaadapter.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** Where and as whom the bench reads the server's statistics. */
record PostgresLogin(String url, String user, String password) {

  /** From a bench's {@code --db-url}, {@code --db-user} and {@code --db-password}. */
  static PostgresLogin of(Map<String, String> args) {
    return new PostgresLogin(args.get("db-url"), args.get("db-user"), args.get("db-password"));
  }

  Connection open() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }
}
