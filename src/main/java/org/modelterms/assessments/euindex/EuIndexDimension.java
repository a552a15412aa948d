package org.modelterms.assessments.euindex;

import java.util.List;
import java.util.Optional;

/**
 * The 12 dimensions the index rates, in the order and groups of its {@code _parameters.yml}. The
 * {@code ref} is the top-level key of the dimension in every model file.
 */
@org.eclipse.microprofile.graphql.Enum("EuIndexDimension")
public enum EuIndexDimension {
  DATASOURCES_BASEMODEL("datasources_basemodel", "Base Model Data", Group.AVAILABILITY),
  DATASOURCES_ENDMODEL("datasources_endmodel", "End User Model Data", Group.AVAILABILITY),
  WEIGHTS_BASEMODEL("weights_basemodel", "Base Model Weights", Group.AVAILABILITY),
  WEIGHTS_ENDMODEL("weights_endmodel", "End User Model Weights", Group.AVAILABILITY),
  TRAINING_CODE("trainingcode", "Training Code", Group.AVAILABILITY),
  CODE_DOCUMENTATION("code", "Code Documentation", Group.DOCUMENTATION),
  HARDWARE_ARCHITECTURE("hardware_architecture", "Hardware Architecture", Group.DOCUMENTATION),
  PREPRINT("preprint", "Preprint", Group.DOCUMENTATION),
  PAPER("paper", "Paper", Group.DOCUMENTATION),
  MODEL_CARD("modelcard", "Modelcard", Group.DOCUMENTATION),
  DATASHEET("datasheet", "Datasheet", Group.DOCUMENTATION),
  LICENSES("licenses", "Licenses", Group.ACCESS);

  /** The groups of {@code _parameters.yml}, in its order. */
  @org.eclipse.microprofile.graphql.Enum("EuIndexDimensionGroup")
  public enum Group {
    AVAILABILITY("availability", "Availability"),
    DOCUMENTATION("documentation", "Documentation"),
    ACCESS("access", "Access");

    private final String ref;
    private final String displayName;

    Group(String ref, String displayName) {
      this.ref = ref;
      this.displayName = displayName;
    }

    public String ref() {
      return ref;
    }

    public String displayName() {
      return displayName;
    }
  }

  /**
   * The model types {@code _parameters.yml} applies each dimension to. At the pinned commit every
   * dimension applies to every type; the test against the file notices if that changes.
   */
  private static final List<String> ALL_MODEL_TYPES =
      List.of("text", "image", "code", "video", "audio");

  private final String ref;
  private final String displayName;
  private final Group group;

  EuIndexDimension(String ref, String displayName, Group group) {
    this.ref = ref;
    this.displayName = displayName;
    this.group = group;
  }

  /** The dimension's key in the data, e.g. {@code weights_endmodel}. */
  public String ref() {
    return ref;
  }

  /** The index's own display name, e.g. "End User Model Weights". */
  public String displayName() {
    return displayName;
  }

  public Group group() {
    return group;
  }

  /** The model types (text, image, code, video, audio) the dimension applies to. */
  public List<String> modelTypes() {
    return ALL_MODEL_TYPES;
  }

  public static Optional<EuIndexDimension> fromRef(String ref) {
    for (EuIndexDimension dimension : values()) {
      if (dimension.ref.equals(ref)) {
        return Optional.of(dimension);
      }
    }
    return Optional.empty();
  }
}
