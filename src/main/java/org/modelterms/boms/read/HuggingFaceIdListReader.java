package org.modelterms.boms.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Hugging Face model ids, one per line, each {@code org/name} or a {@code huggingface.co} URL;
 * {@code #} starts a comment, blank lines are skipped.
 */
final class HuggingFaceIdListReader {

  private HuggingFaceIdListReader() {}

  static ParsedBom read(String text) {
    List<BomComponent> components = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      String entry = (hash < 0 ? line : line.substring(0, hash)).strip();
      if (entry.isEmpty()) {
        continue;
      }
      String id = HuggingFaceIds.isId(entry) ? entry : HuggingFaceIds.modelIdOfUrl(entry);
      if (id == null) {
        throw new BomMalformedException(
            "Line "
                + (i + 1)
                + " is neither a Hugging Face id (org/name) nor a huggingface.co model URL: '"
                + shortened(entry)
                + "'.",
            i + 1,
            line.indexOf(entry.charAt(0)) + 1);
      }
      ComponentDraft draft = new ComponentDraft("line " + (i + 1), BomComponentType.MODEL);
      draft.name = id.substring(id.indexOf('/') + 1);
      draft.huggingFaceId = id;
      draft.url(entry.equals(id) ? null : entry);
      components.add(draft.build());
    }
    List<String> warnings = components.isEmpty() ? List.of("The list names no model.") : List.of();
    return new ParsedBom(BomFormat.HUGGING_FACE_IDS, null, components, warnings);
  }

  static boolean looksLikeList(String text) {
    for (String line : text.lines().toList()) {
      int hash = line.indexOf('#');
      String entry = (hash < 0 ? line : line.substring(0, hash)).strip();
      if (!entry.isEmpty()) {
        return HuggingFaceIds.isId(entry) || HuggingFaceIds.modelIdOfUrl(entry) != null;
      }
    }
    return false;
  }

  private static String shortened(String entry) {
    return entry.length() <= 80 ? entry : entry.substring(0, 80) + "…";
  }
}
