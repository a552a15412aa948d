package org.modelterms.licenses;

import java.util.List;
import org.modelterms.sources.api.SourceInput;

/**
 * The names a licence goes by beyond its id and Hugging Face ids, and where they come from: what
 * {@link LicenseNamesEditor#name} records. A list left null keeps what the licence has.
 *
 * @param license the licence's SPDX id, LicenseRef id or Hugging Face id
 * @param scancodeKeys ScanCode LicenseDB keys, with or without {@code LicenseRef-scancode-}
 * @param scancodeCategory the category LicenseDB gives them; required with keys
 * @param textUrls URLs at which the licence text is published
 * @param sources where the names come from (LicenseDB's pages, Hugging Face's licence list)
 */
public record LicenseNames(
    String license,
    List<String> scancodeKeys,
    ScancodeCategory scancodeCategory,
    List<String> textUrls,
    List<SourceInput> sources) {}
