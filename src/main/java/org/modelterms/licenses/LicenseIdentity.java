package org.modelterms.licenses;

/**
 * The registry licence a declared licence value names.
 *
 * @param licenseKey the licence's database key
 * @param identifier its SPDX id or LicenseRef id
 * @param name its name
 * @param matchedBy which of its names the value matched
 * @param matchedValue the declared value, as given
 */
public record LicenseIdentity(
    long licenseKey,
    String identifier,
    String name,
    LicenseMatchedBy matchedBy,
    String matchedValue) {}
