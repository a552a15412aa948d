package org.modelterms.persistence;

import java.util.Locale;

/** Search words as a case-insensitive LIKE pattern, with LIKE's own characters taken literally. */
public final class Like {

  private Like() {}

  /** "50%_off" becomes "%50\%\_off%": matches texts that contain the words, ignoring case. */
  public static String containing(String words) {
    return "%"
        + words
            .strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_")
        + "%";
  }
}
