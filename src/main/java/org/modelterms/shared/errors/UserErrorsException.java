package org.modelterms.shared.errors;

import java.util.List;

/**
 * Thrown by a service when input is refused. Being a runtime exception, it rolls back the service's
 * transaction, so a refused mutation writes nothing; the GraphQL layer turns it into the payload's
 * {@code userErrors}.
 */
public class UserErrorsException extends RuntimeException {

  private final List<UserError> errors;

  public UserErrorsException(List<UserError> errors) {
    super(errors.isEmpty() ? "refused" : errors.get(0).message(), null, false, false);
    this.errors = List.copyOf(errors);
  }

  public UserErrorsException(UserError error) {
    this(List.of(error));
  }

  public List<UserError> errors() {
    return errors;
  }
}
