package org.modelterms.boms.read;

import io.smallrye.graphql.api.ErrorCode;

/**
 * Not parseable as the format it claims (or was given), even leniently; the message gives line and
 * column.
 */
@ErrorCode(BomMalformedException.CODE)
public class BomMalformedException extends BomRefusedException {

  public static final String CODE = "BOM_MALFORMED";

  public BomMalformedException(String message, Integer line, Integer column) {
    super(message, line, column);
  }

  @Override
  public String code() {
    return CODE;
  }
}
