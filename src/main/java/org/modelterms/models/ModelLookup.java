package org.modelterms.models;

import java.util.Optional;

/** Finds a model's entity by the identifiers users hold (see {@link ModelIdentifier}). */
public final class ModelLookup {

  private ModelLookup() {}

  public static Optional<ModelEntity> bySlugOrHuggingFaceId(String identifier) {
    return ModelIdentifier.parse(identifier)
        .flatMap(
            id -> id.isHuggingFaceId() ? byHuggingFaceId(id.huggingFaceId()) : bySlug(id.slug()));
  }

  static Optional<ModelEntity> bySlug(String slug) {
    return ModelEntity.find("slug", ModelIdentifier.normalised(slug)).firstResultOptional();
  }

  static Optional<ModelEntity> byHuggingFaceId(String huggingFaceId) {
    return ModelEntity.find("lower(huggingFaceId) = ?1", ModelIdentifier.normalised(huggingFaceId))
        .firstResultOptional();
  }
}
