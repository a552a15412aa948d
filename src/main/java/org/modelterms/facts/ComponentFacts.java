package org.modelterms.facts;

import java.util.List;
import org.modelterms.models.Availability;
import org.modelterms.models.ComponentKind;

/**
 * A component as assessments see it: its availability, its validated SPDX expression with the
 * licences it names, and the licence its source declared verbatim.
 */
public record ComponentFacts(
    long key,
    ComponentKind kind,
    Availability availability,
    String expression,
    String declaredLicense,
    List<LicenseInfo> licenses) {}
