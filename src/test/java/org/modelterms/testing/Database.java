package org.modelterms.testing;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Direct reads of the database, to prove what a request did or did not write. */
public final class Database {

  /**
   * Every table the registry writes, found in the catalogue so that a table added later is counted
   * too; the history table counts every write of every audited table. Left out: Flyway's own table,
   * the verdict cache, which reads may refresh, and the rate-limit buckets, which every request
   * spends from, refused or not.
   */
  private static final String TABLES =
      "select table_name from information_schema.tables where table_schema = current_schema()"
          + " and table_type = 'BASE TABLE'"
          + " and table_name not in"
          + " ('flyway_schema_history', 'model_assessment', 'rate_limit_bucket')"
          + " order by table_name";

  private Database() {}

  /** The number of rows in every table of the registry. */
  public static Map<String, Long> rowCounts(AgroalDataSource dataSource) {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet r = s.executeQuery(TABLES)) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet r = s.executeQuery("select count(*) from " + table)) {
          r.next();
          counts.put(table, r.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return counts;
  }
}
