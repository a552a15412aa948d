package org.modelterms.boms.check;

import org.modelterms.boms.read.BomFormat;
import org.modelterms.boms.read.ParsedBom;

/**
 * Turns the text a caller sends into what the check reads. The registry's reader of every format
 * implements it; {@link HuggingFaceIdList} answers until it is there.
 */
public interface BomDocuments {

  /**
   * The document read, or an {@code InvalidArgumentException} (or a user error) saying why it
   * cannot be.
   *
   * @param format the format the caller names, or null to tell it from the text
   * @param cardModelId for a Hugging Face card, the id of the model it describes (a card does not
   *     name its own model); null otherwise or when unknown
   */
  ParsedBom read(String document, BomFormat format, String cardModelId);
}
