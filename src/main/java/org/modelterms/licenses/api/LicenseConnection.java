package org.modelterms.licenses.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.shared.paging.PageInfo;

@Name("LicenseConnection")
@Description("A page of licences, ordered by identifier.")
public record LicenseConnection(
    @NonNull List<@NonNull LicenseEdge> edges,
    @NonNull PageInfo pageInfo,
    @Ignore LicenseFilter filter) {

  @NonNull
  @Description("The licences on this page, without cursors.")
  public List<@NonNull License> getNodes() {
    return edges.stream().map(LicenseEdge::node).toList();
  }
}
