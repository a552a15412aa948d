package org.modelterms.cluster;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.graphql.Mutation;
import org.modelterms.shared.guard.DatabaseGuard;
import org.modelterms.shared.guard.RegistryApi;

/**
 * Sends a GraphQL request's reads to the replica when one is configured, and its writes (and every
 * read after them) to the primary. After a mutation it moves the write fence, so that no instance
 * reads the replica before it has replayed the write. A read the replica fails is asked again of
 * the primary, so stopping the replica does not fail requests.
 */
@RegistryApi
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 10)
public class ReadRouting {

  @Inject ReplicaMonitor replicas;
  @Inject WriteFence fence;
  @Inject DatabaseRoute route;

  @AroundInvoke
  Object route(InvocationContext context) throws Exception {
    if (!replicas.enabled()) {
      return context.proceed();
    }
    if (context.getMethod().isAnnotationPresent(Mutation.class)) {
      route.pinToPrimary();
      try {
        return context.proceed();
      } finally {
        fence.afterWrite(); // also when it failed: it may have failed after committing
      }
    }
    boolean mayRetry = route.allowReplica();
    try {
      return context.proceed();
    } catch (RuntimeException e) {
      if (!mayRetry || !route.usedReplica() || !isReplicaFault(e) || !route.retryOnPrimary()) {
        throw e;
      }
      replicas.markDown(e);
      return context.proceed();
    }
  }

  /**
   * A lost connection, or a query a standby cancelled because it conflicted with replaying the
   * primary's changes (40001).
   */
  static boolean isReplicaFault(Throwable e) {
    return DatabaseGuard.isConnectionFailure(e) || DatabaseGuard.hasState(e, "40001");
  }
}
