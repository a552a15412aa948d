package org.modelterms.history;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;

/**
 * Tells the database who writes, inside the transaction (this interceptor runs after
 * {@code @Transactional}'s): {@code set_config(…, true)} lasts until the transaction ends.
 */
@Authored
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuthoredInterceptor {

  @Inject EntityManager em;

  @AroundInvoke
  Object stamp(InvocationContext context) throws Exception {
    em.createNativeQuery("select set_config('modelterms.actor', :author, true)")
        .setParameter("author", ChangeAuthor.current())
        .getSingleResult();
    return context.proceed();
  }
}
