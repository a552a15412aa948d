package org.modelterms.dataset;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.access.AdminOnly;
import org.modelterms.shared.guard.RegistryApi;

@GraphQLApi
@RegistryApi
public class DatasetGraphQL {

  @Inject DatasetReloader reloader;

  @AdminOnly
  @Mutation("datasetReload")
  @Description(
      "Applies the curated dataset bundled with this release: adds what is missing, corrects what"
          + " the dataset wrote and nobody changed since, and keeps (and reports) what an editor"
          + " changed. Every change is recorded with its time; running it again changes nothing.")
  @NonNull
  public DatasetReloadPayload datasetReload() {
    return DatasetReloadPayload.of(reloader.reload(DatasetFiles.bundled()));
  }
}
