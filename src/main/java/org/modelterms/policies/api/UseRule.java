package org.modelterms.policies.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.policies.RuleEffect;
import org.modelterms.policies.UseCategory;
import org.modelterms.shared.nodes.Node;
import org.modelterms.shared.nodes.NodeId;
import org.modelterms.shared.nodes.NodeType;

@Name("UseRule")
@Description("What a policy version says about one use category.")
public record UseRule(
    @Ignore long key,
    @Ignore long versionKey,
    @NonNull UseCategory useCategory,
    @NonNull RuleEffect effect,
    @NonNull String quote,
    @Description("The conditions in plain words; empty when the rule applies to everyone.") @NonNull
        List<@NonNull String> conditions,
    String note)
    implements Node {

  @Override
  @Id
  @NonNull
  public String getId() {
    return NodeId.encode(NodeType.UseRule, key);
  }
}
