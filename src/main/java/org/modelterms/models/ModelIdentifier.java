package org.modelterms.models;

import java.util.Locale;
import java.util.Optional;

/**
 * An identifier a user holds for a model: its slug, or its Hugging Face id. They are told apart by
 * the slash that every Hugging Face id has and no slug may have; both match regardless of case and
 * surrounding spaces. This is the one place that rule is written.
 */
public record ModelIdentifier(String slug, String huggingFaceId) {

  /** Longer than any slug or Hugging Face id the registry accepts, so it names no model. */
  private static final int MAX_LENGTH = 200;

  /** The identifier {@code text} names; empty for blank or over-long text, which names none. */
  public static Optional<ModelIdentifier> parse(String text) {
    if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String id = normalised(text);
    return Optional.of(
        id.contains("/") ? new ModelIdentifier(null, id) : new ModelIdentifier(id, null));
  }

  /** The spelling stored identifiers are compared in. */
  public static String normalised(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  public boolean isHuggingFaceId() {
    return huggingFaceId != null;
  }
}
