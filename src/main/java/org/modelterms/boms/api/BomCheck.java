package org.modelterms.boms.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.boms.read.BomFormat;
import org.modelterms.policies.UseCategory;

@Name("BomCheck")
@Description("A bill of materials checked: every component it names, resolved and answered for.")
public record BomCheck(
    @NonNull BomFormat format,
    @Description("The specification version the document claims; null for a card or a list.")
        String specVersion,
    @NonNull LocalDate on,
    OffsetDateTime asKnownAt,
    @NonNull List<@NonNull UseCategory> uses,
    @Description("What the reader read past, each naming where.") @NonNull
        List<@NonNull String> warnings,
    @Description("Every model and data set of the document, in document order.") @NonNull
        List<@NonNull BomComponentCheck> components,
    @NonNull BomCheckCounts counts) {}
