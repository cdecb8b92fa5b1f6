package io.oktaadapter.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

  /** The first row of a query whose columns are all whole numbers, on a connection of its own. */
  long[] firstRow(String sql) throws SQLException {
    try (Connection c = open();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      long[] row = new long[rs.getMetaData().getColumnCount()];
      for (int i = 0; i < row.length; i++) {
        row[i] = rs.getLong(i + 1);
      }
      return row;
    }
  }
}
