package org.modelterms.models;

import java.util.Optional;
import org.modelterms.shared.errors.UserError;
import org.modelterms.shared.errors.UserErrorCode;
import org.modelterms.shared.errors.UserErrorsException;

/** Finds a model's entity by the identifiers users hold (see {@link ModelIdentifier}). */
public final class ModelLookup {

  private ModelLookup() {}

  public static Optional<ModelEntity> bySlugOrHuggingFaceId(String identifier) {
    return ModelIdentifier.parse(identifier)
        .flatMap(
            id -> id.isHuggingFaceId() ? byHuggingFaceId(id.huggingFaceId()) : bySlug(id.slug()));
  }

  /**
   * The model a mutation's {@code input.model} names; refused as {@code NOT_FOUND} on that field,
   * in the same words for every mutation.
   */
  public static ModelEntity required(String identifier) {
    return bySlugOrHuggingFaceId(identifier)
        .orElseThrow(
            () ->
                new UserErrorsException(
                    UserError.of(
                        UserErrorCode.NOT_FOUND,
                        "No model has this slug or Hugging Face id.",
                        "input",
                        "model")));
  }

  static Optional<ModelEntity> bySlug(String slug) {
    return ModelEntity.find("slug", ModelIdentifier.normalised(slug)).firstResultOptional();
  }

  static Optional<ModelEntity> byHuggingFaceId(String huggingFaceId) {
    return ModelEntity.find("lower(huggingFaceId) = ?1", ModelIdentifier.normalised(huggingFaceId))
        .firstResultOptional();
  }
}
