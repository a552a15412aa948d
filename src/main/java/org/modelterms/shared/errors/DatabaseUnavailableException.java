package org.modelterms.shared.errors;

import io.smallrye.graphql.api.ErrorCode;

/** The database cannot be reached: the request failed fast and may be retried shortly. */
@ErrorCode("DATABASE_UNAVAILABLE")
public class DatabaseUnavailableException extends RuntimeException {

  public DatabaseUnavailableException() {
    super("The database is unavailable; nothing was read or written. Try again shortly.");
  }
}
