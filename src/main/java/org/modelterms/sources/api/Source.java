package org.modelterms.sources.api;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.shared.nodes.Node;
import org.modelterms.shared.nodes.NodeId;
import org.modelterms.shared.nodes.NodeType;
import org.modelterms.sources.Confidence;

@Name("Source")
@Description("Where a fact comes from.")
public record Source(
    @Ignore long key,
    @NonNull String url,
    String title,
    String publisher,
    LocalDate publishedOn,
    @Description("When the registry read the source.") LocalDate retrievedOn,
    @NonNull Confidence confidence)
    implements Node {

  @Override
  @Id
  @NonNull
  public String getId() {
    return NodeId.encode(NodeType.Source, key);
  }
}
