package org.modelterms.boms.read;

/**
 * A licence as a document states it, before the registry looks it up.
 *
 * @param value the id, expression, name or URL, as written (trimmed)
 * @param url the URL the document gives beside it, or null
 * @param concluded true when the document says it concluded the licence (CycloneDX acknowledgement
 *     {@code concluded}, SPDX {@code hasConcludedLicense}), false when it only declares it
 */
public record DeclaredLicense(
    DeclaredLicenseForm form, String value, String url, boolean concluded) {}
