package org.modelterms.licenses;

/** Who gave a licence the other name it goes by. */
public enum AliasScheme {
  /** A Hugging Face licence id, as model cards declare it ({@code llama3.1}). */
  HUGGING_FACE,
  /**
   * A ScanCode LicenseDB key ({@code llama-3.1-license-2024}), without {@code
   * LicenseRef-scancode-}.
   */
  SCANCODE,
  /** A URL at which the licence text is published. */
  TEXT_URL
}
