package org.modelterms.access;

import io.smallrye.graphql.api.ErrorCode;

/** A write by a principal that lacks the role it needs. */
@ErrorCode("FORBIDDEN")
public class NotAllowedException extends RuntimeException {

  public NotAllowedException(Role role) {
    super("This operation needs the role " + role.claim() + ".");
  }
}
