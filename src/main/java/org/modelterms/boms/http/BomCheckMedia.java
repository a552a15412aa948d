package org.modelterms.boms.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.modelterms.boms.read.BomFormat;

/** The media types of {@code POST /api/bom/check}: the document's, and the answer's. */
final class BomCheckMedia {

  /** What a document's media type says it is; absent for JSON and none, which are sniffed. */
  private static final Map<String, Optional<BomFormat>> DOCUMENTS =
      Map.of(
          "application/vnd.cyclonedx+json", Optional.of(BomFormat.CYCLONEDX_JSON),
          "application/vnd.cyclonedx+xml", Optional.of(BomFormat.CYCLONEDX_XML),
          "application/spdx+json", Optional.of(BomFormat.SPDX3_JSONLD),
          "application/ld+json", Optional.of(BomFormat.SPDX3_JSONLD),
          "text/markdown", Optional.of(BomFormat.HUGGING_FACE_CARD),
          "text/plain", Optional.of(BomFormat.HUGGING_FACE_IDS),
          "application/json", Optional.empty(),
          "application/xml", Optional.empty(),
          "text/xml", Optional.empty());

  /** The answers, by the media type that asks for each. */
  enum Answer {
    JSON("application/json"),
    CSV("text/csv"),
    SARIF("application/sarif+json"),
    ENRICHED_CYCLONEDX("application/vnd.cyclonedx+json");

    final String mediaType;

    Answer(String mediaType) {
      this.mediaType = mediaType;
    }
  }

  private BomCheckMedia() {}

  static boolean isDocument(String contentType) {
    return contentType == null || DOCUMENTS.containsKey(bare(contentType));
  }

  /** The format a document's media type names, or null to tell it from the content. */
  static BomFormat formatOf(String contentType) {
    return contentType == null ? null : DOCUMENTS.get(bare(contentType)).orElse(null);
  }

  /**
   * The answer an Accept header prefers (highest q first, then in its order); JSON without one, and
   * for {@code *}{@code /*}; empty when it takes none of the answers.
   */
  static Optional<Answer> answerFor(String accept) {
    if (accept == null || accept.isBlank()) {
      return Optional.of(Answer.JSON);
    }
    List<String[]> ranges = new ArrayList<>();
    for (String range : accept.split(",")) {
      String type = bare(range);
      double q = 1;
      for (String parameter : range.split(";")) {
        String p = parameter.strip();
        if (p.startsWith("q=")) {
          try {
            q = Double.parseDouble(p.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (q > 0) {
        ranges.add(new String[] {type, String.valueOf(q)});
      }
    }
    ranges.sort(Comparator.comparingDouble((String[] r) -> -Double.parseDouble(r[1])));
    for (String[] range : ranges) {
      if (range[0].equals("*/*") || range[0].equals("application/*")) {
        return Optional.of(Answer.JSON);
      }
      for (Answer answer : Answer.values()) {
        if (answer.mediaType.equals(range[0])) {
          return Optional.of(answer);
        }
      }
    }
    return Optional.empty();
  }

  private static String bare(String contentType) {
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .strip()
        .toLowerCase(Locale.ROOT);
  }
}
