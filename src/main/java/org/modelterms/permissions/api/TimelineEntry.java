package org.modelterms.permissions.api;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.permissions.UseVerdict;

@Name("TimelineEntry")
@Description("A period over which the verdict stayed the same, and what started it.")
public record TimelineEntry(
    @NonNull LocalDate from,
    @Description("The first day of the next entry; null for the last.") LocalDate to,
    @NonNull UseVerdict verdict,
    @Description("What changed on `from`: a new version, a statement, a relicensing.") @NonNull
        String cause,
    @NonNull UsePermission permission) {}
