package org.modelterms.policies.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("PolicyDiff")
@Description("What changed between two versions' texts, line by line.")
public record PolicyDiff(
    @Description("The older text's version.") @NonNull PolicyVersion from,
    @Description("The newer text's version.") @NonNull PolicyVersion to,
    @NonNull int added,
    @NonNull int removed,
    @NonNull List<@NonNull DiffLine> lines,
    @Description("The same changes as a unified diff with three lines of context.") @NonNull
        String unified) {}
