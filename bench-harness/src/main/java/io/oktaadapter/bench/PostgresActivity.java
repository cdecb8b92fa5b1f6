package io.oktaadapter.bench;

import java.sql.SQLException;

/**
 * What a PostgreSQL server did between two snapshots: committed transactions of the database, WAL
 * bytes written, and rows inserted and updated (of them HOT, without index work) in its tables.
 * Explains where the server's CPU per delivery goes. The statistics collector reports rows with a
 * delay of up to a second, which a phase of many seconds makes small.
 */
record PostgresActivity(long commits, long walBytes, long inserted, long updated, long hot) {

  static PostgresActivity snapshot(PostgresLogin login) throws SQLException {
    long[] r =
        login.firstRow(
            "select (select xact_commit from pg_stat_database where datname ="
                + " current_database()), pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint,"
                + " coalesce(sum(n_tup_ins), 0), coalesce(sum(n_tup_upd), 0),"
                + " coalesce(sum(n_tup_hot_upd), 0) from pg_stat_user_tables");
    return new PostgresActivity(r[0], r[1], r[2], r[3], r[4]);
  }

  PostgresActivity since(PostgresActivity before) {
    return new PostgresActivity(
        commits - before.commits,
        walBytes - before.walBytes,
        inserted - before.inserted,
        updated - before.updated,
        hot - before.hot);
  }

  String perDelivery(long deliveries) {
    double n = Math.max(1, deliveries);
    return String.format(
        "%.2f commits, %.0f WAL bytes, %.2f rows inserted, %.2f updated (%.2f HOT)",
        commits / n, walBytes / n, inserted / n, updated / n, hot / n);
  }
}
