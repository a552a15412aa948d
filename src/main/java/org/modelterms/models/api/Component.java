package org.modelterms.models.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.models.Availability;
import org.modelterms.models.ComponentKind;
import org.modelterms.shared.nodes.Node;
import org.modelterms.shared.nodes.NodeId;
import org.modelterms.shared.nodes.NodeType;

@Name("Component")
@Description("A released part of a model (weights, code, data, documentation).")
public record Component(
    @Ignore long key,
    @Ignore long modelKey,
    @NonNull ComponentKind kind,
    @NonNull Availability availability,
    @Description("The component's own licence as an SPDX expression, if it has one.")
        String licenseExpression,
    @Description("Where the component is published.") String url,
    String notes,
    @NonNull int revision,
    @Ignore List<Long> licenseKeys)
    implements Node {

  /** A component without the licence keys read with its row: the nested fields read them. */
  public Component(
      long key,
      long modelKey,
      ComponentKind kind,
      Availability availability,
      String licenseExpression,
      String url,
      String notes,
      int revision) {
    this(key, modelKey, kind, availability, licenseExpression, url, notes, revision, null);
  }

  /**
   * The key alone: batch resolvers key their caches by parent object, and hashing every field of a
   * page's parents showed in profiles. Equal objects have equal keys, so this agrees with equals.
   */
  @Override
  public int hashCode() {
    return Long.hashCode(key);
  }

  @Override
  @Id
  @NonNull
  public String getId() {
    return NodeId.encode(NodeType.Component, key);
  }
}
