package org.modelterms.shared.nodes;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/** An object with a global, opaque id that {@code node(id:)} can fetch again. */
@Interface("Node")
@Description("An object with a globally unique, opaque id that `node(id:)` fetches again.")
public interface Node {

  @Id
  @NonNull
  String getId();
}
