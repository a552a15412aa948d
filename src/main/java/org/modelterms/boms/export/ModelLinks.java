package org.modelterms.boms.export;

import java.util.Locale;
import org.modelterms.models.Modality;
import org.modelterms.models.api.Model;

/** Identifiers and words both export formats derive the same way from a registry model. */
final class ModelLinks {

  private ModelLinks() {}

  /**
   * {@code pkg:huggingface/<org>/<name>} for a model with a Hugging Face id, else null. Hugging
   * Face ids hold only letters, digits, {@code -}, {@code _} and {@code .}, none of which a purl
   * escapes.
   */
  static String purl(Model model) {
    return model.huggingFaceId() == null ? null : "pkg:huggingface/" + model.huggingFaceId();
  }

  static String huggingFacePage(Model model) {
    return model.huggingFaceId() == null ? null : "https://huggingface.co/" + model.huggingFaceId();
  }

  /** The task a model of this modality performs, where the modality alone says it. */
  static String task(Modality modality) {
    if (modality == null) {
      return null;
    }
    return switch (modality) {
      case TEXT, CODE -> "text-generation";
      default -> null;
    };
  }

  /** The domain a model of this modality serves, in SPDX's free-text {@code ai_domain}. */
  static String domain(Modality modality) {
    if (modality == null) {
      return null;
    }
    return switch (modality) {
      case TEXT -> "natural language processing";
      case CODE -> "software development";
      case IMAGE, VIDEO -> "computer vision";
      case AUDIO -> "audio processing";
      case SPEECH -> "speech processing";
      case MULTIMODAL -> "multimodal";
    };
  }

  static String lower(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }
}
