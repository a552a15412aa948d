package org.modelterms.openness;

import static org.modelterms.openness.ContentType.CODE;
import static org.modelterms.openness.ContentType.DATA;
import static org.modelterms.openness.ContentType.DOCUMENT;
import static org.modelterms.openness.MofClass.CLASS_I;
import static org.modelterms.openness.MofClass.CLASS_II;
import static org.modelterms.openness.MofClass.CLASS_III;

import java.util.Optional;

/**
 * The 17 components of the Model Openness Framework 1.0.
 *
 * <p>The MOT id, name, content type and requiring class mirror the tool's configuration ({@code
 * mof.settings.yml}); a test compares them with that file so that a change there fails the build
 * instead of silently changing classifications. Components the tool marks {@code required: false}
 * (Model metadata, Supporting libraries and tools, Sample model outputs) are required by no class
 * and never count towards progress.
 */
public enum MofComponent {
  MODEL_ARCHITECTURE(9, "Model architecture", CODE, CLASS_III),
  FINAL_PARAMETERS(10, "Model parameters (Final)", DATA, CLASS_III),
  INTERMEDIATE_PARAMETERS(24, "Model parameters (Intermediate)", DATA, CLASS_I),
  TRAINING_CODE(7, "Training code", CODE, CLASS_II),
  INFERENCE_CODE(8, "Inference code", CODE, CLASS_II),
  EVALUATION_CODE(18, "Evaluation code", CODE, CLASS_II),
  DATA_PREPROCESSING_CODE(16, "Data preprocessing code", CODE, CLASS_I),
  SUPPORTING_LIBRARIES(22, "Supporting libraries and tools", CODE, null),
  DATASETS(15, "Datasets", DATA, CLASS_I),
  EVALUATION_DATA(19, "Evaluation data", DATA, CLASS_II),
  MODEL_METADATA(17, "Model metadata", DATA, null),
  MODEL_CARD(13, "Model card", DOCUMENT, CLASS_III),
  DATA_CARD(14, "Data card", DOCUMENT, CLASS_III),
  TECHNICAL_REPORT(11, "Technical report", DOCUMENT, CLASS_III),
  RESEARCH_PAPER(21, "Research paper", DOCUMENT, CLASS_I),
  EVALUATION_RESULTS(12, "Evaluation results", DOCUMENT, CLASS_III),
  SAMPLE_OUTPUTS(20, "Sample model outputs", DOCUMENT, null);

  private final int motId;
  private final String motName;
  private final ContentType contentType;
  private final MofClass requiredBy;

  MofComponent(int motId, String motName, ContentType contentType, MofClass requiredBy) {
    this.motId = motId;
    this.motName = motName;
    this.contentType = contentType;
    this.requiredBy = requiredBy;
  }

  /** The component's id in the MOT's configuration. */
  public int motId() {
    return motId;
  }

  /** The exact name the MOT's files use; a component counts only under this name. */
  public String motName() {
    return motName;
  }

  public ContentType contentType() {
    return contentType;
  }

  /** The least open class that requires the component; empty if it is optional. */
  public Optional<MofClass> requiredBy() {
    return Optional.ofNullable(requiredBy);
  }

  /** The component named exactly {@code motName} (case-sensitive, no trimming), if any. */
  public static Optional<MofComponent> fromMotName(String motName) {
    for (MofComponent component : values()) {
      if (component.motName.equals(motName)) {
        return Optional.of(component);
      }
    }
    return Optional.empty();
  }
}
