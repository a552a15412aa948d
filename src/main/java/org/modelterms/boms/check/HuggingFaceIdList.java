package org.modelterms.boms.check;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.modelterms.boms.read.BomComponent;
import org.modelterms.boms.read.BomComponentType;
import org.modelterms.boms.read.BomFormat;
import org.modelterms.boms.read.ParsedBom;
import org.modelterms.shared.errors.InvalidArgumentException;

/**
 * The one format the check reads by itself: Hugging Face model ids, one per line, blank lines and
 * everything after {@code #} ignored. Any other {@link BomDocuments} bean replaces it.
 */
@ApplicationScoped
@DefaultBean
public class HuggingFaceIdList implements BomDocuments {

  @Override
  public ParsedBom read(String document, BomFormat format, String cardModelId) {
    BomFormat asked = format == null ? BomFormat.HUGGING_FACE_IDS : format;
    if (asked != BomFormat.HUGGING_FACE_IDS) {
      throw new InvalidArgumentException(
          "This registry reads only HUGGING_FACE_IDS documents, not " + asked + ".");
    }
    List<BomComponent> components = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    String[] lines = document.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int comment = line.indexOf('#');
      String id = (comment >= 0 ? line.substring(0, comment) : line).strip();
      if (id.isEmpty()) {
        continue;
      }
      String ref = "line " + (i + 1);
      if (HuggingFaceNames.id(id).isEmpty()) {
        warnings.add(ref + ": \"" + id + "\" is not a Hugging Face id (org/name); read as a name.");
      }
      components.add(
          new BomComponent(
              ref,
              BomComponentType.MODEL,
              id,
              null,
              null,
              null,
              HuggingFaceNames.id(id).orElse(null),
              List.of(),
              List.of(),
              List.of(),
              List.of()));
    }
    return new ParsedBom(BomFormat.HUGGING_FACE_IDS, null, components, warnings);
  }
}
