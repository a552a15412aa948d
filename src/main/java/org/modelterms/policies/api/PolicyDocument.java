package org.modelterms.policies.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.policies.DocumentKind;
import org.modelterms.shared.nodes.Node;
import org.modelterms.shared.nodes.NodeId;
import org.modelterms.shared.nodes.NodeType;

@Name("PolicyDocument")
@Description(
    "A text that grants or restricts use: licence, acceptable-use policy, terms, statement.")
public record PolicyDocument(
    @Ignore long key,
    @NonNull String slug,
    @NonNull String title,
    @NonNull DocumentKind kind,
    @Ignore Long publisherKey,
    @Ignore Long licenseKey,
    @Description("Where the current text is published.") String url)
    implements Node {

  @Override
  @Id
  @NonNull
  public String getId() {
    return NodeId.encode(NodeType.PolicyDocument, key);
  }
}
