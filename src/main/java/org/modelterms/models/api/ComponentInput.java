package org.modelterms.models.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.models.Availability;
import org.modelterms.models.ComponentKind;
import org.modelterms.sources.api.SourceInput;

@Input("ComponentInput")
public record ComponentInput(
    @NonNull ComponentKind kind,
    @NonNull Availability availability,
    @Description("An SPDX licence expression, e.g. \"Apache-2.0\" or \"LicenseRef-llama-3.1\".")
        String licenseExpression,
    String url,
    String notes,
    @Description("Where the facts about this component come from.") List<SourceInput> sources) {}
