package org.modelterms.dataset;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("DatasetReloadPayload")
@Description("What applying the bundled curated dataset did.")
public record DatasetReloadPayload(
    @Description("The release the registry held before; null if it held none.") String fromVersion,
    @NonNull String toVersion,
    @NonNull List<@NonNull String> added,
    @NonNull List<@NonNull String> corrected,
    @Description("Facts an editor changed after the dataset wrote them: kept, not overwritten.")
        @NonNull
        List<@NonNull String> kept,
    @NonNull int unchanged) {

  static DatasetReloadPayload of(DatasetReloader.Report r) {
    return new DatasetReloadPayload(
        r.fromVersion(), r.toVersion(), r.added(), r.corrected(), r.kept(), r.unchanged());
  }
}
