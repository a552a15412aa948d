package org.modelterms.assessments.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Framework")
@Description("A named, versioned assessment framework.")
public record Framework(
    @NonNull String name,
    @NonNull String version,
    @Description("Where it is published.") String url) {

  public static final Framework OSAID =
      new Framework(
          "Open Source AI Definition",
          "1.0",
          "https://opensource.org/ai/open-source-ai-definition");
  public static final Framework MOF =
      new Framework("Model Openness Framework", "1.0", "https://arxiv.org/abs/2403.13784");
}
