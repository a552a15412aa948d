package org.modelterms.boms.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.permissions.UseVerdict;

@Name("BomCheckCounts")
@Description("How many models took each resolution path, and how many verdicts of each kind.")
public record BomCheckCounts(
    @NonNull int models,
    @NonNull int dataSets,
    @NonNull int flags,
    @Description("Every path, in order, with its count (zero included).") @NonNull
        List<@NonNull BomResolutionCount> byResolution,
    @Description("Every verdict, in order, with its count over models and uses.") @NonNull
        List<@NonNull BomVerdictCount> byVerdict) {

  @Name("BomResolutionCount")
  public record BomResolutionCount(@NonNull BomResolutionPath path, @NonNull int count) {}

  @Name("BomVerdictCount")
  public record BomVerdictCount(@NonNull UseVerdict verdict, @NonNull int count) {}
}
