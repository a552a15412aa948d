package org.modelterms.policies.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("DiffLine")
public record DiffLine(
    @Description("ADDED (only in the newer text) or REMOVED (only in the older).") @NonNull
        String kind,
    @Description("1-based line number in the text it belongs to.") @NonNull int line,
    @NonNull String text) {}
