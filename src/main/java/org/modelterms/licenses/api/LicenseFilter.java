package org.modelterms.licenses.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.modelterms.licenses.LicenseKind;

@Input("LicenseFilter")
@Description("Narrows a list of licences; all given conditions must hold.")
public record LicenseFilter(
    @Description("Only OSI-approved (true) or only not approved (false).") Boolean osiApproved,
    @Description("Only licences of this kind.") LicenseKind kind,
    @Description("Only SPDX-listed (true) or only LicenseRef licences (false).") Boolean spdxListed,
    @Description("Words that the identifier or name contains, case-insensitively.")
        String search) {}
