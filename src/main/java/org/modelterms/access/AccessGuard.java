package org.modelterms.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.modelterms.history.ChangeAuthor;
import org.modelterms.shared.guard.RegistryApi;

/**
 * Every mutation needs the role {@code editor} ({@code admin} where marked {@link AdminOnly}), and
 * every change it makes is recorded under the caller's name. Default-deny: a mutation needs no
 * annotation of its own to be guarded, so one added later cannot be left open by mistake.
 */
@RegistryApi
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE - 10)
public class AccessGuard {

  @Inject SecurityIdentity identity;

  @AroundInvoke
  Object guard(InvocationContext context) throws Exception {
    if (!context.getMethod().isAnnotationPresent(Mutation.class)) {
      return context.proceed();
    }
    Role needed =
        context.getMethod().isAnnotationPresent(AdminOnly.class) ? Role.ADMIN : Role.EDITOR;
    if (identity.isAnonymous()) {
      throw new NotAuthenticatedException(needed);
    }
    if (!holds(needed)) {
      throw new NotAllowedException(needed);
    }
    return ChangeAuthor.call(principalName(identity), context::proceed);
  }

  private boolean holds(Role needed) {
    return identity.hasRole(Role.ADMIN.claim())
        || (needed == Role.EDITOR && identity.hasRole(Role.EDITOR.claim()));
  }

  /**
   * "oidc:alice@example.org" or "local:editor": who signed in and how, as the audit trail records
   * it and the rate limits count it.
   */
  public static String principalName(SecurityIdentity identity) {
    String kind = identity.getPrincipal() instanceof JsonWebToken ? "oidc" : "local";
    return kind + ":" + identity.getPrincipal().getName();
  }
}
