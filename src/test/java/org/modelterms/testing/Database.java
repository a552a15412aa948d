package org.modelterms.testing;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Direct reads of the database, to prove what a request did or did not write. */
public final class Database {

  private static final List<String> TABLES =
      List.of(
          "organization",
          "model",
          "component",
          "component_license",
          "model_license",
          "license",
          "license_alias",
          "source",
          "citation",
          "policy_document",
          "policy_version",
          "binding");

  private Database() {}

  /** The number of rows in every table of the registry. */
  public static Map<String, Long> rowCounts(AgroalDataSource dataSource) {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String table : TABLES) {
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
