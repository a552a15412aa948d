package org.modelterms.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;
import org.modelterms.shared.errors.UserError;
import org.modelterms.shared.errors.UserErrorCode;
import org.modelterms.shared.errors.UserErrorsException;

/** Shared steps of every write: flushing with constraint errors mapped to user errors. */
public final class Writes {

  private Writes() {}

  /**
   * Flushes pending writes so that database constraints are checked inside the service's
   * transaction. A violated constraint named in {@code byConstraint} becomes that user error (two
   * concurrent writers can pass validation, only one passes the constraint); a concurrent update
   * becomes {@code CONFLICT}.
   */
  public static void flush(Map<String, UserError> byConstraint) {
    try {
      Panache.getEntityManager().flush();
    } catch (OptimisticLockException e) {
      throw conflict();
    } catch (PersistenceException e) {
      ConstraintViolationException violation = findViolation(e);
      String name = violation == null ? null : violation.getConstraintName();
      if (name != null && byConstraint.containsKey(name)) {
        throw new UserErrorsException(byConstraint.get(name));
      }
      throw e;
    }
  }

  public static UserErrorsException conflict() {
    return new UserErrorsException(
        UserError.of(
            UserErrorCode.CONFLICT,
            "Someone changed this object since you read it; read it again and retry.",
            "input"));
  }

  /** Refuses an update when the caller's expected revision is not the current one. */
  public static void checkRevision(Integer expected, int current) {
    if (expected != null && expected != current) {
      throw conflict();
    }
  }

  /** Runs a mutation; a refused input becomes a payload carrying only the user errors. */
  public static <P> P mutate(Supplier<P> action, Function<List<UserError>, P> refused) {
    try {
      return action.get();
    } catch (UserErrorsException e) {
      return refused.apply(e.errors());
    } catch (OptimisticLockException e) {
      return refused.apply(conflict().errors());
    }
  }

  private static ConstraintViolationException findViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException violation) {
        return violation;
      }
    }
    return null;
  }
}
