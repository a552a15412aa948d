package org.modelterms.imports;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Identifiers derived from names and links in third-party data. */
public final class Slugs {

  private static final Pattern HUGGING_FACE_URL =
      Pattern.compile(
          "^https?://(?:www\\.)?huggingface\\.co/([A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*)(?:[/?#].*)?$");

  private Slugs() {}

  /** "Pythia-1.4B" becomes "pythia-1.4b": lowercase words joined by '-' or '.'. */
  public static String of(String name) {
    String slug =
        name.toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9.]+", "-")
            .replaceAll("[.-]*-[.-]*", "-")
            .replaceAll("\\.{2,}", ".")
            .replaceAll("^[.-]+|[.-]+$", "");
    if (slug.length() > 100) {
      slug = slug.substring(0, 100).replaceAll("[.-]+$", "");
    }
    return slug.isEmpty() ? "unnamed" : slug;
  }

  /** "https://huggingface.co/EleutherAI/pythia-1.4b/tree/main" gives "EleutherAI/pythia-1.4b". */
  public static Optional<String> huggingFaceId(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = HUGGING_FACE_URL.matcher(url.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String id = m.group(1);
    String owner = id.substring(0, id.indexOf('/'));
    // Hub pages that are not model repositories.
    if (owner.equals("datasets")
        || owner.equals("spaces")
        || owner.equals("collections")
        || owner.equals("docs")
        || owner.equals("papers")
        || owner.equals("blog")) {
      return Optional.empty();
    }
    return Optional.of(id);
  }
}
