package org.modelterms.boms.read;

import io.smallrye.graphql.api.ErrorCode;

/** Larger than the byte limit (BomLimits.MAX_BYTES). */
@ErrorCode(BomTooLargeException.CODE)
public class BomTooLargeException extends BomRefusedException {

  public static final String CODE = "BOM_TOO_LARGE";

  public BomTooLargeException(String message) {
    super(message);
  }

  @Override
  public String code() {
    return CODE;
  }
}
