package org.modelterms.boms.export;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.modelterms.boms.export.api.BomExport;
import org.modelterms.shared.errors.InvalidArgumentException;
import org.modelterms.shared.guard.RegistryApi;

/** Registry models out as a bill of materials. */
@GraphQLApi
@RegistryApi
public class BomExportGraphQL {

  /** As many as a compliance report takes: each model costs a row of verdicts. */
  static final int MAX_MODELS = 100;

  @Inject ModelExportQueries exports;

  @Query("modelsBom")
  @Description(
      "Up to 100 models (slugs or Hugging Face ids) as one bill of materials: CycloneDX 1.6"
          + " machine-learning-model components or SPDX 3.0.1 AI packages, with their licences,"
          + " base models, sources and today's verdict for every use.")
  @NonNull
  public BomExport modelsBom(
      @NonNull @Name("models") List<@NonNull String> identifiers,
      @NonNull @Name("format") BomExportFormat format) {
    checkCount(identifiers.size());
    return exports.bom(identifiers, format);
  }

  static void checkCount(int models) {
    if (models > MAX_MODELS) {
      throw new InvalidArgumentException(
          "At most " + MAX_MODELS + " models per bill of materials.");
    }
  }
}
