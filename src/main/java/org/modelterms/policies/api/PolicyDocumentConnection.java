package org.modelterms.policies.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.policies.DocumentKind;
import org.modelterms.shared.paging.PageInfo;

@Name("PolicyDocumentConnection")
public record PolicyDocumentConnection(
    @NonNull List<@NonNull PolicyDocumentEdge> edges,
    @NonNull PageInfo pageInfo,
    @Ignore DocumentKind kind) {

  @NonNull
  public List<@NonNull PolicyDocument> getNodes() {
    return edges.stream().map(PolicyDocumentEdge::node).toList();
  }
}
