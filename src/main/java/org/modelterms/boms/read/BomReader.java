package org.modelterms.boms.read;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.modelterms.shared.errors.InvalidArgumentException;

/**
 * Reads a bill of materials into the models and data sets it names (docs/bom.md, "Documents the
 * check reads"). Reading has no side effect: nothing is stored, nothing is looked up.
 */
@ApplicationScoped
public class BomReader {

  /**
   * Reads a document.
   *
   * @param formatOrNull the format, or null to tell it from the content
   * @throws BomRefusedException with a stable code when the document is not read
   */
  public ParsedBom read(byte[] document, BomFormat formatOrNull) {
    return read(document, formatOrNull, null);
  }

  /**
   * Reads a document; a Hugging Face card is taken to be the card of {@code cardModelId}.
   *
   * @param cardModelId the {@code org/name} of the model whose README.md the document is, or null;
   *     a card does not say which repository it belongs to. Other formats ignore it.
   * @throws InvalidArgumentException when {@code cardModelId} is not of the form {@code org/name}
   */
  public ParsedBom read(byte[] document, BomFormat formatOrNull, String cardModelId) {
    if (cardModelId != null && !HuggingFaceIds.isId(cardModelId)) {
      throw new InvalidArgumentException(
          "The card's model id '" + cardModelId + "' is not a Hugging Face id (org/name).");
    }
    if (document.length > BomLimits.MAX_BYTES) {
      throw new BomTooLargeException(
          "The document has "
              + document.length
              + " bytes; the check reads documents of up to "
              + BomLimits.MAX_BYTES
              + " bytes.");
    }
    String text = text(document);
    BomFormat format = formatOrNull != null ? formatOrNull : BomSniffer.sniff(text, document);
    ParsedBom bom =
        switch (format) {
          case CYCLONEDX_JSON -> CycloneDxReader.readJson(document);
          case CYCLONEDX_XML -> CycloneDxReader.readXml(document);
          case SPDX3_JSONLD -> Spdx3Reader.read(document);
          case HUGGING_FACE_CARD -> HuggingFaceCardReader.read(text, cardModelId);
          case HUGGING_FACE_IDS -> HuggingFaceIdListReader.read(text);
        };
    return checked(bom);
  }

  private static ParsedBom checked(ParsedBom bom) {
    if (bom.components().size() > BomLimits.MAX_COMPONENTS) {
      throw new BomTooManyComponentsException(
          "The document names "
              + bom.components().size()
              + " models and data sets; the check reads up to "
              + BomLimits.MAX_COMPONENTS
              + " in one document.");
    }
    Set<String> warnings = new LinkedHashSet<>(bom.warnings());
    if (bom.components().stream().noneMatch(c -> c.type() == BomComponentType.MODEL)) {
      warnings.add("The document names no model.");
    }
    return new ParsedBom(bom.format(), bom.specVersion(), bom.components(), List.copyOf(warnings));
  }

  /** UTF-8, with a byte-order mark dropped; a document in another encoding is refused. */
  private static String text(byte[] document) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(document))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new BomMalformedException(
          "The document is not UTF-8 text (the check reads UTF-8 documents).", null, null);
    }
  }
}
