package org.modelterms.boms.read;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A specification version the check does not read; the message names it and the versions it reads.
 */
@ErrorCode(BomVersionUnsupportedException.CODE)
public class BomVersionUnsupportedException extends BomRefusedException {

  public static final String CODE = "BOM_VERSION_UNSUPPORTED";

  public BomVersionUnsupportedException(String message) {
    super(message);
  }

  @Override
  public String code() {
    return CODE;
  }
}
