package org.modelterms.boms.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Hugging Face model id a package URL or a web address names, if any. Readers fill {@code
 * huggingFaceId} already; this reads what a document states itself, so that the answer can say
 * which of them named the model.
 */
final class HuggingFaceNames {

  private static final Pattern PURL =
      Pattern.compile(
          "^pkg:huggingface/([^/@?#]+)/([^/@?#]+)(?:[@?#].*)?$", Pattern.CASE_INSENSITIVE);

  /** Model pages only: datasets and spaces live under their own first segment. */
  private static final Pattern URL =
      Pattern.compile(
          "^https?://(?:www\\.)?(?:huggingface\\.co|hf\\.co)/(?!datasets/|spaces/|docs/)"
              + "([A-Za-z0-9][A-Za-z0-9._-]*)/([A-Za-z0-9][A-Za-z0-9._-]*)(?:[/?#].*)?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ID =
      Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$");

  private HuggingFaceNames() {}

  static Optional<String> fromPurl(String purl) {
    if (purl == null) {
      return Optional.empty();
    }
    Matcher m = PURL.matcher(purl.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return id(decode(m.group(1)) + "/" + decode(m.group(2)));
  }

  static Optional<String> fromUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL.matcher(url.strip());
    return m.matches() ? id(m.group(1) + "/" + m.group(2)) : Optional.empty();
  }

  /** The text itself when it has the form of a Hugging Face id ({@code org/name}). */
  static Optional<String> id(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String stripped = text.strip();
    return ID.matcher(stripped).matches() ? Optional.of(stripped) : Optional.empty();
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }
}
