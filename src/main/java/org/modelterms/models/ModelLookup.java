package org.modelterms.models;

import java.util.Locale;
import java.util.Optional;

/** Finds a model by the identifiers users hold: its slug or its Hugging Face id. */
final class ModelLookup {

  private ModelLookup() {}

  /** A Hugging Face id contains a slash; a slug never does. */
  static Optional<ModelEntity> bySlugOrHuggingFaceId(String identifier) {
    if (identifier == null || identifier.isBlank() || identifier.length() > 200) {
      return Optional.empty();
    }
    String id = identifier.strip();
    return id.contains("/") ? byHuggingFaceId(id) : bySlug(id);
  }

  static Optional<ModelEntity> bySlug(String slug) {
    return ModelEntity.find("slug", slug.strip().toLowerCase(Locale.ROOT)).firstResultOptional();
  }

  static Optional<ModelEntity> byHuggingFaceId(String huggingFaceId) {
    return ModelEntity.find(
            "lower(huggingFaceId) = ?1", huggingFaceId.strip().toLowerCase(Locale.ROOT))
        .firstResultOptional();
  }
}
