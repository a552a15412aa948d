package org.modelterms.cluster;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Hibernate's "tenants" are the two databases a session may read: the primary and the replica.
 * Hibernate asks only while a request is active; the request's {@link DatabaseRoute} answers.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class DatabaseTenants implements TenantResolver {

  @Inject DatabaseRoute route;

  @Override
  public String getDefaultTenantId() {
    return DatabaseRoute.PRIMARY;
  }

  @Override
  public String resolveTenantId() {
    return route.database();
  }
}
