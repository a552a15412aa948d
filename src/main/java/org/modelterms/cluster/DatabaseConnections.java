package org.modelterms.cluster;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * The connections behind each of {@link DatabaseRoute}'s answers: the default datasource, or the
 * replica.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class DatabaseConnections implements TenantConnectionResolver {

  @Inject AgroalDataSource primary;

  @Inject
  @DataSource("replica")
  Instance<AgroalDataSource> replica;

  @Override
  public ConnectionProvider resolve(String database) {
    return new QuarkusConnectionProvider(
        DatabaseRoute.REPLICA.equals(database) ? replica.get() : primary);
  }
}
