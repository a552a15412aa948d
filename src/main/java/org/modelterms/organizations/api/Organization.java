package org.modelterms.organizations.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.shared.nodes.Node;
import org.modelterms.shared.nodes.NodeId;
import org.modelterms.shared.nodes.NodeType;

@Name("Organization")
@Description("A provider of models.")
public record Organization(
    @Ignore long key,
    @Description("Stable, human-readable key, e.g. \"meta\".") @NonNull String slug,
    @NonNull String name,
    @Description("ISO 3166-1 alpha-2 code of the country the provider is based in.") String country,
    String website,
    @Description("Increases with every change; send it back to guard an update.") @NonNull
        int revision)
    implements Node {

  @Override
  @Id
  @NonNull
  public String getId() {
    return NodeId.encode(NodeType.Organization, key);
  }
}
