package org.modelterms.sources.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Citation")
@Description("A source cited for a fact, with the words that support it.")
public record Citation(
    @NonNull Source source,
    @Description("The field the source supports (e.g. \"releasedOn\"); null for the whole object.")
        String field,
    @Description("The passage of the source that states the fact.") String quote) {}
