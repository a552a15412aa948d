package org.modelterms.models.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.shared.paging.PageInfo;

@Name("ModelConnection")
@Description("A page of models.")
public record ModelConnection(
    @NonNull List<@NonNull ModelEdge> edges,
    @NonNull PageInfo pageInfo,
    @Ignore ModelFilter filter) {

  @NonNull
  @Description("The models on this page, without cursors.")
  public List<@NonNull Model> getNodes() {
    return edges.stream().map(ModelEdge::node).toList();
  }
}
