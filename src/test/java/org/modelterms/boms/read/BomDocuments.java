package org.modelterms.boms.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** The test documents under src/test/resources/boms/, and a one-line view of what was read. */
final class BomDocuments {

  private BomDocuments() {}

  static byte[] bytes(String path) {
    try (InputStream in = BomDocuments.class.getResourceAsStream("/boms/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("No test document boms/" + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code MODEL name hf=org/name lic=[NAME llama3.1, SPDX_EXPRESSION MIT!] base=[org/name
   * finetune] data=[…]}: concluded licences end in {@code !}; a base model shows its Hugging Face
   * id, else its purl, else its name.
   */
  static String line(BomComponent c) {
    return c.type()
        + " "
        + c.name()
        + " hf="
        + c.huggingFaceId()
        + " lic="
        + c.licenses().stream()
            .map(l -> l.form() + " " + l.value() + (l.concluded() ? "!" : ""))
            .collect(Collectors.joining(", ", "[", "]"))
        + " base="
        + c.baseModels().stream()
            .map(
                b ->
                    (b.huggingFaceId() != null
                            ? b.huggingFaceId()
                            : b.purl() != null ? b.purl() : b.name())
                        + (b.relation() == null ? "" : " " + b.relation()))
            .collect(Collectors.joining(", ", "[", "]"))
        + " data="
        + c.datasets();
  }

  static List<String> lines(ParsedBom bom) {
    return bom.components().stream().map(BomDocuments::line).toList();
  }
}
