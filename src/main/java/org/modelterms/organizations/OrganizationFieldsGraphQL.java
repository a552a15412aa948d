package org.modelterms.organizations;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.modelterms.organizations.api.OrganizationConnection;
import org.modelterms.shared.guard.RegistryApi;

/** The fields organisations add to their own types. */
@GraphQLApi
@RegistryApi
public class OrganizationFieldsGraphQL {

  @Inject OrganizationQueries organizations;

  @Description("How many organisations match, on all pages.")
  @NonNull
  public List<@NonNull Integer> totalCount(@Source List<OrganizationConnection> connections) {
    return connections.stream().map(c -> (int) organizations.count(c.search())).toList();
  }
}
