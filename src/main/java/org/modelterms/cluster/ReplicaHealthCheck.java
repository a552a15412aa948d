package org.modelterms.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows on the readiness page whether reads use the replica. Always up: an instance whose replica
 * is down or behind still answers everything from the primary, so it must stay in service.
 */
@Readiness
@ApplicationScoped
public class ReplicaHealthCheck implements HealthCheck {

  @Inject ReplicaMonitor replicas;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("Read replica")
        .up()
        .withData("enabled", replicas.enabled())
        .withData("state", replicas.enabled() ? replicas.describe() : "no replica configured")
        .build();
  }
}
