package org.modelterms.boms.read;

import io.smallrye.graphql.api.ErrorCode;

/** More models and data sets than the limit (BomLimits.MAX_COMPONENTS). */
@ErrorCode(BomTooManyComponentsException.CODE)
public class BomTooManyComponentsException extends BomRefusedException {

  public static final String CODE = "BOM_TOO_MANY_COMPONENTS";

  public BomTooManyComponentsException(String message) {
    super(message);
  }

  @Override
  public String code() {
    return CODE;
  }
}
