package org.modelterms.assessments.euindex;

import java.util.Locale;
import java.util.Optional;

/** The index's rating of one dimension. */
@org.eclipse.microprofile.graphql.Enum("EuIndexClass")
public enum OpennessClass {
  OPEN("open"),
  PARTIAL("partial"),
  CLOSED("closed"),
  /** The file leaves {@code class} empty: the index's way of saying "not applicable". */
  NOT_APPLICABLE("");

  private final String dataValue;

  OpennessClass(String dataValue) {
    this.dataValue = dataValue;
  }

  /** The value as written in the data: "open", "partial", "closed", or "" for not applicable. */
  public String dataValue() {
    return dataValue;
  }

  /**
   * The class a written value names, ignoring case and surrounding blanks ("Open " is OPEN): the
   * meaning is unambiguous, so a capitalised value should not cost a model all its ratings. Blank
   * text is NOT_APPLICABLE; anything else (a typo, an emoji, "yes") is empty so the caller rejects.
   */
  public static Optional<OpennessClass> fromDataValue(String written) {
    if (written == null || written.isBlank()) {
      return Optional.of(NOT_APPLICABLE);
    }
    String value = written.strip().toLowerCase(Locale.ROOT);
    for (OpennessClass cls : values()) {
      if (cls != NOT_APPLICABLE && cls.dataValue.equals(value)) {
        return Optional.of(cls);
      }
    }
    return Optional.empty();
  }
}
