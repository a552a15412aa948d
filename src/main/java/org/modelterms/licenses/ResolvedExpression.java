package org.modelterms.licenses;

import java.util.List;

/**
 * A licence expression checked against the registry: its canonical text (ids spelt as registered)
 * and the licences it names.
 */
public record ResolvedExpression(String canonical, List<LicenseEntity> licenses) {}
