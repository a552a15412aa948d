package org.modelterms.boms.export;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.modelterms.models.api.Model;
import org.modelterms.shared.guard.RegistryApi;

/** A model's own bill of materials, read for all models of a page at once. */
@GraphQLApi
@RegistryApi
public class BomExportFieldsGraphQL {

  @Inject ModelExportQueries exports;

  @Description(
      "The model as a bill of materials of its own: a CycloneDX 1.6 or SPDX 3.0.1 document (see"
          + " modelsBom).")
  @NonNull
  public List<@NonNull String> bom(
      @Source List<Model> models, @NonNull @Name("format") BomExportFormat format) {
    return exports.eachAsBom(models, format);
  }
}
