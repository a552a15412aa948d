package org.modelterms.history.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.shared.paging.PageInfo;

@Name("ChangeConnection")
public record ChangeConnection(@NonNull List<@NonNull Change> nodes, @NonNull PageInfo pageInfo) {}
