package io.oktaadapter.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Diagnostics: which statements took PostgreSQL's time during a phase, from pg_stat_statements (the
 * server must preload it). Execution time, not CPU: waits for locks or I/O count too.
 */
final class PostgresStatements {

  private PostgresStatements() {}

  static void reset(PostgresLogin login) throws SQLException {
    try (Connection c = login.open();
        Statement s = c.createStatement()) {
      s.execute("create extension if not exists pg_stat_statements");
      s.execute("select pg_stat_statements_reset()");
    }
  }

  static String report(PostgresLogin login, long deliveries) throws SQLException {
    StringBuilder out =
        new StringBuilder(
            "PostgreSQL statements of closed-1 by execution time (ms per 1000 deliveries, calls per"
                + " 1000 deliveries, statement):\n");
    try (Connection c = login.open();
        PreparedStatement s =
            c.prepareStatement(
                "select total_exec_time, calls, regexp_replace(query, '\\s+', ' ', 'g') from"
                    + " pg_stat_statements order by total_exec_time desc limit 12");
        ResultSet rs = s.executeQuery()) {
      double n = Math.max(1, deliveries) / 1000.0;
      while (rs.next()) {
        String q = rs.getString(3);
        out.append(
            String.format(
                "  %8.1f %8.0f  %s%n",
                rs.getDouble(1) / n,
                rs.getLong(2) / n,
                q.length() > 110 ? q.substring(0, 110) : q));
      }
    }
    return out.toString();
  }
}
