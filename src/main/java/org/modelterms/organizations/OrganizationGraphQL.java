package org.modelterms.organizations;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.modelterms.organizations.api.Organization;
import org.modelterms.organizations.api.OrganizationConnection;
import org.modelterms.organizations.api.OrganizationPayload;
import org.modelterms.organizations.api.OrganizationRegisterInput;
import org.modelterms.organizations.api.OrganizationUpdateInput;
import org.modelterms.persistence.Writes;
import org.modelterms.shared.guard.RegistryApi;

@GraphQLApi
@RegistryApi
public class OrganizationGraphQL {

  @Inject OrganizationQueries organizations;
  @Inject OrganizationEditor editor;

  @Query("organization")
  @Description("An organisation by slug; null when none has it.")
  public Organization organization(@NonNull @Name("slug") String slug) {
    return organizations.bySlug(slug).orElse(null);
  }

  @Query("organizations")
  @Description("Organisations ordered by slug, 1 to 100 per page (default 20).")
  @NonNull
  public OrganizationConnection organizations(
      @Description("Words the name or slug contains.") @Name("search") String search,
      @Name("first") Integer first,
      @Name("after") String after) {
    return organizations.list(search, first, after);
  }

  @Mutation("organizationRegister")
  @Description("Registers a provider of models.")
  @NonNull
  public OrganizationPayload organizationRegister(
      @NonNull @Name("input") OrganizationRegisterInput input) {
    return Writes.mutate(
        () -> new OrganizationPayload(editor.register(input), List.of()),
        errors -> new OrganizationPayload(null, errors));
  }

  @Mutation("organizationUpdate")
  @Description("Changes an organisation's name, country or website.")
  @NonNull
  public OrganizationPayload organizationUpdate(
      @NonNull @Name("input") OrganizationUpdateInput input) {
    return Writes.mutate(
        () -> new OrganizationPayload(editor.update(input), List.of()),
        errors -> new OrganizationPayload(null, errors));
  }
}
