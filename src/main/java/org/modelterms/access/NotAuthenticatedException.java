package org.modelterms.access;

import io.smallrye.graphql.api.ErrorCode;

/** A write sent without credentials. */
@ErrorCode("UNAUTHENTICATED")
public class NotAuthenticatedException extends RuntimeException {

  public NotAuthenticatedException(Role role) {
    super(
        "This operation changes the registry and needs an authenticated "
            + role.claim()
            + ": send a bearer token or the local account's credentials.");
  }
}
