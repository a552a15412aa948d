package org.modelterms.boms.read;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugging Face repository ids as documents write them: in a purl ({@code
 * pkg:huggingface/org/name@rev}), in a {@code huggingface.co} URL, or bare ({@code org/name}).
 */
final class HuggingFaceIds {

  private static final String PART = "[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?";
  private static final Pattern ID = Pattern.compile(PART + "/" + PART);
  private static final Pattern URL =
      Pattern.compile(
          "https?://(?:www\\.)?(?:huggingface\\.co|hf\\.co)/(datasets/)?("
              + PART
              + ")(?:/("
              + PART
              + "))?(?:[/?#].*)?",
          Pattern.CASE_INSENSITIVE);

  /** First path segments of huggingface.co that are pages, not repositories. */
  private static final Set<String> NOT_OWNERS =
      Set.of(
          "spaces",
          "docs",
          "blog",
          "papers",
          "api",
          "models",
          "organizations",
          "settings",
          "join",
          "login",
          "pricing",
          "collections",
          "learn",
          "tasks",
          "posts",
          "enterprise");

  private HuggingFaceIds() {}

  /** True for {@code org/name}. */
  static boolean isId(String text) {
    return text != null && ID.matcher(text).matches();
  }

  /** The model id of a {@code pkg:huggingface/…} purl, or null for any other purl. */
  static String modelIdOfPurl(String purl) {
    return idOfPurl(purl, "pkg:huggingface/");
  }

  /**
   * The data set id of a {@code pkg:huggingface-dataset/…} purl (a type some generators use though
   * it is not registered), or null.
   */
  static String datasetIdOfPurl(String purl) {
    return idOfPurl(purl, "pkg:huggingface-dataset/");
  }

  /** The model id of a {@code huggingface.co/org/name…} URL, or null (data sets included). */
  static String modelIdOfUrl(String url) {
    Matcher m = url == null ? null : URL.matcher(url.trim());
    if (m == null || !m.matches() || m.group(1) != null || m.group(3) == null) {
      return null;
    }
    if (NOT_OWNERS.contains(m.group(2).toLowerCase(Locale.ROOT))) {
      return null;
    }
    return m.group(2) + "/" + m.group(3);
  }

  /**
   * The data set id of a {@code huggingface.co/datasets/…} URL: {@code org/name}, or {@code name}
   * for the data sets that predate organisations ({@code bookcorpus}); null otherwise.
   */
  static String datasetIdOfUrl(String url) {
    Matcher m = url == null ? null : URL.matcher(url.trim());
    if (m == null || !m.matches() || m.group(1) == null) {
      return null;
    }
    return m.group(3) == null ? m.group(2) : m.group(2) + "/" + m.group(3);
  }

  private static String idOfPurl(String purl, String prefix) {
    if (purl == null || !purl.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return null;
    }
    String path = purl.substring(prefix.length());
    path = cut(cut(cut(path, '#'), '?'), '@');
    String id = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    return isId(id) ? id : null;
  }

  private static String cut(String text, char at) {
    int i = text.indexOf(at);
    return i < 0 ? text : text.substring(0, i);
  }
}
