package org.modelterms.openness;

import java.util.Optional;

/**
 * What a MOF component is made of. The MOT checks a component's licence against the licences meant
 * for its type (a data licence for data, a documentation licence for documents).
 */
public enum ContentType {
  CODE("code"),
  DATA("data"),
  DOCUMENT("document");

  private final String motName;

  ContentType(String motName) {
    this.motName = motName;
  }

  /** The spelling in the MOT's files: {@code code}, {@code data} or {@code document}. */
  public String motName() {
    return motName;
  }

  /** The type spelt {@code motName} in the MOT's files, if there is one (case-sensitive). */
  public static Optional<ContentType> fromMotName(String motName) {
    for (ContentType type : values()) {
      if (type.motName.equals(motName)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
