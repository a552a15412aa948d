package org.modelterms.shared.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page of a connection stands (Relay cursor connections).")
public record PageInfo(
    @NonNull boolean hasNextPage,
    @NonNull boolean hasPreviousPage,
    String startCursor,
    String endCursor) {}
