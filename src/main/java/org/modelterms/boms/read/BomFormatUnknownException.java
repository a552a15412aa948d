package org.modelterms.boms.read;

import io.smallrye.graphql.api.ErrorCode;

/** Not one of the formats the check reads. */
@ErrorCode(BomFormatUnknownException.CODE)
public class BomFormatUnknownException extends BomRefusedException {

  public static final String CODE = "BOM_FORMAT_UNKNOWN";

  public BomFormatUnknownException(String message) {
    super(message);
  }

  @Override
  public String code() {
    return CODE;
  }
}
