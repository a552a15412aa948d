package org.modelterms.licenses.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.licenses.LicenseKind;

@Input("LicenseUpdateInput")
@Description(
    "Changes to a licence; fields left out keep their value. The name and URL of SPDX-listed"
        + " licences come from the SPDX list and cannot be changed here.")
public record LicenseUpdateInput(
    @Description("The licence's SPDX id, LicenseRef id or Hugging Face tag.") @NonNull
        String license,
    @Description("If given, the update is refused with CONFLICT unless this is still the revision.")
        Integer expectedRevision,
    String name,
    LicenseKind kind,
    String url,
    @Description("Replaces the licence's Hugging Face tags.") List<String> huggingFaceTags) {}
