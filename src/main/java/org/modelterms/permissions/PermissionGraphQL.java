package org.modelterms.permissions;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.modelterms.models.ModelQueries;
import org.modelterms.permissions.api.ActorInput;
import org.modelterms.permissions.api.ComplianceReport;
import org.modelterms.permissions.api.TimelineEntry;
import org.modelterms.permissions.api.UsePermission;
import org.modelterms.policies.UseCategory;
import org.modelterms.shared.errors.InvalidArgumentException;
import org.modelterms.shared.guard.RegistryApi;

/** Permitted-use questions: one use, every use, a whole bill of models, and how it changed. */
@GraphQLApi
@RegistryApi
public class PermissionGraphQL {

  @Inject PermissionQueries permissions;
  @Inject TimelineQueries timelines;
  @Inject ModelQueries models;

  private static final int MAX_MODELS = 100;

  @Query("usePermission")
  @Description("usePermission for a model given by slug or Hugging Face id; null if none matches.")
  public UsePermission usePermissionOf(
      @NonNull @Name("model") String model,
      @NonNull @Name("use") UseCategory use,
      @Name("on") LocalDate on,
      @Name("actor") ActorInput actor,
      @Name("asKnownAt") OffsetDateTime asKnownAt) {
    return permissions.evaluate(model, use, on, actor, asKnownAt).orElse(null);
  }

  @Query("complianceReport")
  @Description(
      "Verdicts for up to 100 models (slugs or Hugging Face ids) and the given uses (default:"
          + " all), answered in a fixed number of SQL statements.")
  @NonNull
  public ComplianceReport complianceReport(
      @NonNull @Name("models") List<@NonNull String> identifiers,
      @Name("uses") List<UseCategory> uses,
      @Name("on") LocalDate on,
      @Name("actor") ActorInput actor,
      @Name("asKnownAt") OffsetDateTime asKnownAt) {
    if (identifiers.size() > MAX_MODELS) {
      throw new InvalidArgumentException("At most " + MAX_MODELS + " models per report.");
    }
    List<UseCategory> asked =
        uses == null || uses.isEmpty() ? Arrays.asList(UseCategory.values()) : uses;
    return permissions.report(identifiers, asked, on, actor, asKnownAt);
  }

  @Query("policyTimeline")
  @Description(
      "How the verdict for a model and use changed between two dates (default: 2019-01-01 to"
          + " today), each change with its cause. Empty when the model is unknown.")
  @NonNull
  public List<@NonNull TimelineEntry> policyTimeline(
      @NonNull @Name("model") String model,
      @NonNull @Name("use") UseCategory use,
      @Name("from") LocalDate from,
      @Name("to") LocalDate to,
      @Name("actor") ActorInput actor,
      @Name("asKnownAt") OffsetDateTime asKnownAt) {
    return models
        .findByIdentifier(model)
        .map(m -> timelines.timeline(m, use, from, to, actor, asKnownAt))
        .orElse(List.of());
  }
}
