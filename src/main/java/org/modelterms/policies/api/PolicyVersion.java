package org.modelterms.policies.api;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.shared.nodes.Node;
import org.modelterms.shared.nodes.NodeId;
import org.modelterms.shared.nodes.NodeType;

@Name("PolicyVersion")
@Description(
    "One version of a document, in force from effectiveFrom until (not including) effectiveTo.")
public record PolicyVersion(
    @Ignore long key,
    @Ignore long documentKey,
    @Description("The version's name, e.g. \"Updated January 10, 2024\".") @NonNull String label,
    @NonNull LocalDate effectiveFrom,
    @Description("The first day the version no longer applies; null while it is in force.")
        LocalDate effectiveTo,
    @Description("Where this version's text was read.") String sourceUrl,
    LocalDate retrievedOn,
    @Description("SHA-256 of the text, hex-encoded.") String textSha256,
    @Description("The text of the version, where the registry holds it.") String text)
    implements Node {

  @Override
  @Id
  @NonNull
  public String getId() {
    return NodeId.encode(NodeType.PolicyVersion, key);
  }
}
