package org.modelterms.shared.guard;

import io.smallrye.graphql.api.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.modelterms.shared.errors.DatabaseUnavailableException;
import org.modelterms.shared.errors.InternalFaultException;
import org.modelterms.shared.errors.InvalidArgumentException;

/**
 * Turns a lost database into a clear, stable error instead of "System error", and any other fault
 * into {@code INTERNAL_ERROR} with an incident id that points to the logged cause. It runs outside
 * the services' transactions, so it sees failures to connect and to commit alike.
 */
@RegistryApi
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class DatabaseGuard {

  @AroundInvoke
  Object guard(InvocationContext context) throws Exception {
    try {
      return context.proceed();
    } catch (RuntimeException e) {
      if (isConnectionFailure(e)) {
        throw new DatabaseUnavailableException();
      }
      if (hasState(e, "22021")) {
        // PostgreSQL text cannot hold the NUL character; the caller sent one.
        throw new InvalidArgumentException("Text may not contain the NUL character (\\u0000).");
      }
      if (e.getClass().isAnnotationPresent(ErrorCode.class)) {
        throw e; // an error meant for the caller, with its code
      }
      throw InternalFaultException.logged(e);
    }
  }

  public static boolean hasState(Throwable e, String state) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  public static boolean isConnectionFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getMessage() != null
          && sql.getMessage().contains("Acquisition timeout")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
