package org.modelterms.cluster;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The primary database as Quarkus' datasource is configured, for a connection of its own outside
 * the pool. The {@code quarkus.} namespace belongs to Quarkus, whose own mappings read it, so these
 * are read as single properties, here only.
 */
@Singleton
public class PrimaryDatasourceConfig {

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String url;

  @ConfigProperty(name = "quarkus.datasource.username")
  Optional<String> username;

  @ConfigProperty(name = "quarkus.datasource.password")
  Optional<String> password;

  /** A new connection to the primary, which the caller closes. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, username.orElse(null), password.orElse(""));
  }
}
