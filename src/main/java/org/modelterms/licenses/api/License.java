package org.modelterms.licenses.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.licenses.LicenseKind;
import org.modelterms.licenses.ScancodeCategory;
import org.modelterms.shared.nodes.Node;
import org.modelterms.shared.nodes.NodeId;
import org.modelterms.shared.nodes.NodeType;

@Name("License")
@Description(
    "A licence: one of the SPDX License List, or a bespoke AI licence registered as LicenseRef-….")
public record License(
    @Ignore long key,
    @Description("The SPDX id (\"Apache-2.0\") or the LicenseRef id (\"LicenseRef-llama-3.1\").")
        @NonNull
        String identifier,
    @NonNull String name,
    @NonNull LicenseKind kind,
    @Description("Whether the id is on the SPDX License List (false for LicenseRef-… licences).")
        @NonNull
        boolean spdxListed,
    @Description("Approved by the Open Source Initiative (per the SPDX list).") @NonNull
        boolean osiApproved,
    @Description("Free/libre per the Free Software Foundation (per the SPDX list).") @NonNull
        boolean fsfLibre,
    @Description("The SPDX id is deprecated in favour of another.") @NonNull boolean deprecated,
    @Description("Where the licence text is published.") String url,
    @Description(
            "Hugging Face licence ids (card `license:` values) that name this licence (\"llama3.1\","
                + " \"odc-by\"), beside the SPDX id in lower case (\"apache-2.0\"), which needs no"
                + " listing.")
        @NonNull
        List<@NonNull String> huggingFaceTags,
    @Description(
            "ScanCode LicenseDB keys of this licence's texts (\"llama-3.1-license-2024\"), which"
                + " scanners report as LicenseRef-scancode-<key>; empty where LicenseDB has none.")
        @NonNull
        List<@NonNull String> scancodeKeys,
    @Description("The category LicenseDB gives the licence; null where it has no key.")
        ScancodeCategory scancodeCategory,
    @Description(
            "Other URLs at which the licence text is published, by which a declared licence URL is"
                + " recognised.")
        @NonNull
        List<@NonNull String> textUrls,
    @Description("Increases with every change; send it back to guard an update.") @NonNull
        int revision)
    implements Node {

  @Override
  @org.eclipse.microprofile.graphql.Id
  @NonNull
  public String getId() {
    return NodeId.encode(NodeType.License, key);
  }

  @Description("The SPDX id, or null for a LicenseRef licence.")
  public String getSpdxId() {
    return spdxListed ? identifier : null;
  }
}
