package org.modelterms.boms.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A component while a reader gathers it from several places of a document (its own fields, the
 * dependency graph, relationships): each list keeps document order and drops repeats.
 */
final class ComponentDraft {

  final String ref;
  final BomComponentType type;
  String name;
  String supplier;
  String version;
  String purl;
  String huggingFaceId;
  private final Set<String> urls = new LinkedHashSet<>();
  private final Set<DeclaredLicense> licenses = new LinkedHashSet<>();
  private final List<BaseModelReference> baseModels = new ArrayList<>();
  private final Set<String> datasets = new LinkedHashSet<>();

  ComponentDraft(String ref, BomComponentType type) {
    this.ref = ref;
    this.type = type;
  }

  void url(String url) {
    if (url != null && !url.isBlank()) {
      urls.add(url.trim());
    }
  }

  List<String> urls() {
    return List.copyOf(urls);
  }

  void license(DeclaredLicense license) {
    if (license != null) {
      licenses.add(license);
    }
  }

  boolean hasLicenses() {
    return !licenses.isEmpty();
  }

  List<DeclaredLicense> licenses() {
    return List.copyOf(licenses);
  }

  void dataset(String dataset) {
    if (dataset != null && !dataset.isBlank()) {
      datasets.add(dataset.trim());
    }
  }

  /**
   * Adds a base model unless one with the same Hugging Face id, purl or name is there; a relation
   * the earlier mention lacked is taken from the later one. One that names nothing is dropped.
   */
  void baseModel(BaseModelReference base) {
    if (base == null
        || (base.name() == null && base.purl() == null && base.huggingFaceId() == null)) {
      return;
    }
    for (int i = 0; i < baseModels.size(); i++) {
      BaseModelReference known = baseModels.get(i);
      if (sameModel(known, base)) {
        if (known.relation() == null && base.relation() != null) {
          baseModels.set(
              i,
              new BaseModelReference(
                  known.name(), known.purl(), known.huggingFaceId(), base.relation()));
        }
        return;
      }
    }
    baseModels.add(base);
  }

  private static boolean sameModel(BaseModelReference a, BaseModelReference b) {
    if (a.huggingFaceId() != null || b.huggingFaceId() != null) {
      return a.huggingFaceId() != null
          && a.huggingFaceId().equalsIgnoreCase(String.valueOf(b.huggingFaceId()));
    }
    if (a.purl() != null || b.purl() != null) {
      return Objects.equals(a.purl(), b.purl());
    }
    return Objects.equals(a.name(), b.name());
  }

  BomComponent build() {
    return new BomComponent(
        ref,
        type,
        name,
        supplier,
        version,
        purl,
        huggingFaceId,
        List.copyOf(urls),
        List.copyOf(licenses),
        baseModels,
        List.copyOf(datasets));
  }

  /** How Hugging Face words a base-model relation, from the spellings tools use. */
  static String relation(String written) {
    if (written == null || written.isBlank()) {
      return null;
    }
    String r = written.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return switch (r) {
      case "finetune", "finetuned", "fine-tune", "fine-tuned", "fine-tuning", "finetuning" ->
          "finetune";
      case "adapter", "adapters", "lora" -> "adapter";
      case "quantized", "quantised", "quantization", "quantisation" -> "quantized";
      case "merge", "merged", "merges" -> "merge";
      default -> r;
    };
  }
}
