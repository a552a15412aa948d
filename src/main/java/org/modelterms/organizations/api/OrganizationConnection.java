package org.modelterms.organizations.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.shared.paging.PageInfo;

@Name("OrganizationConnection")
@Description("A page of organisations, ordered by slug.")
public record OrganizationConnection(
    @NonNull List<@NonNull OrganizationEdge> edges,
    @NonNull PageInfo pageInfo,
    @Ignore String search) {

  @NonNull
  public List<@NonNull Organization> getNodes() {
    return edges.stream().map(OrganizationEdge::node).toList();
  }
}
