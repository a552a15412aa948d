package org.modelterms.shared.errors;

import io.smallrye.graphql.api.ErrorCode;

/** A query argument the caller must fix (a page size out of range, a malformed cursor or id). */
@ErrorCode("INVALID_ARGUMENT")
public class InvalidArgumentException extends RuntimeException {

  public InvalidArgumentException(String message) {
    super(message);
  }
}
