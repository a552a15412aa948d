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
import org.eclipse.microprofile.graphql.Source;
import org.modelterms.models.api.Model;
import org.modelterms.permissions.api.ActorInput;
import org.modelterms.permissions.api.UsePermission;
import org.modelterms.policies.UseCategory;
import org.modelterms.shared.guard.RegistryApi;

/** What may be done with a model: the fields permitted use adds to Model. */
@GraphQLApi
@RegistryApi
public class PermissionFieldsGraphQL {

  @Inject PermissionQueries permissions;

  @Description(
      "May the model be used for this use on this date (default today) by this actor? With the"
          + " clauses, versions and sources that decide it.")
  @NonNull
  public List<@NonNull UsePermission> usePermission(
      @Source List<Model> of,
      @NonNull @Name("use") UseCategory use,
      @Name("on") LocalDate on,
      @Name("actor") ActorInput actor,
      @Name("asKnownAt") OffsetDateTime asKnownAt) {
    return permissions.evaluate(of, List.of(use), on, actor, asKnownAt).stream()
        .map(row -> row.get(0))
        .toList();
  }

  @Description("The verdict for every use category at once (a front end's matrix).")
  @NonNull
  public List<@NonNull List<@NonNull UsePermission>> useTerms(
      @Source List<Model> of,
      @Name("on") LocalDate on,
      @Name("actor") ActorInput actor,
      @Name("asKnownAt") OffsetDateTime asKnownAt) {
    return permissions.evaluate(of, Arrays.asList(UseCategory.values()), on, actor, asKnownAt);
  }
}
