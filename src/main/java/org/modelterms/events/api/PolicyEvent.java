package org.modelterms.events.api;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.events.EventEffect;

@Name("PolicyEvent")
@Description("A dated event that changed, asserted or reported who may use models for what.")
public record PolicyEvent(
    @Ignore long key,
    @Description("The curated dataset's reference, e.g. \"E2\".") @NonNull String reference,
    @NonNull LocalDate occurredOn,
    @NonNull String title,
    String actor,
    String summary,
    @NonNull EventEffect effect) {}
