package org.modelterms.boms.read;

/** How a document states a licence, which decides how the check looks it up. */
public enum DeclaredLicenseForm {
  /**
   * An SPDX licence id, {@code LicenseRef-…} or expression (CycloneDX {@code id}/{@code
   * expression}).
   */
  SPDX_EXPRESSION,
  /** A free-text name (CycloneDX {@code name}, a Hugging Face {@code license_name}). */
  NAME,
  /** Only a URL to the licence text. */
  URL,
  /**
   * A Hugging Face licence id from a card's {@code license} field ({@code llama3.1}, {@code
   * other}).
   */
  HUGGING_FACE_ID
}
