package org.modelterms.graphql;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.modelterms.licenses.LicenseQueries;
import org.modelterms.models.ModelQueries;
import org.modelterms.organizations.OrganizationQueries;
import org.modelterms.policies.PolicyQueries;
import org.modelterms.shared.guard.RegistryApi;
import org.modelterms.shared.nodes.Node;
import org.modelterms.shared.nodes.NodeId;
import org.modelterms.sources.SourceQueries;

/** {@code node(id:)}: fetches any object by its global id. */
@GraphQLApi
@RegistryApi
public class NodeGraphQL {

  @Inject OrganizationQueries organizations;
  @Inject ModelQueries models;
  @Inject LicenseQueries licenses;
  @Inject PolicyQueries policies;
  @Inject SourceQueries sources;
  @Inject org.modelterms.models.ComponentQueries components;

  @Query("node")
  @Description("Any object by its global id; null when the id names nothing.")
  public Node node(@Id @NonNull @Name("id") String id) {
    return NodeId.decode(id).map(this::find).orElse(null);
  }

  private Node find(NodeId id) {
    return switch (id.type()) {
      case Organization -> organizations.byKey(id.key()).orElse(null);
      case Model -> models.byKey(id.key()).orElse(null);
      case Component -> components.byKey(id.key()).orElse(null);
      case License -> licenses.byKey(id.key()).orElse(null);
      case PolicyDocument -> policies.documentByKey(id.key()).orElse(null);
      case PolicyVersion -> policies.versionByKey(id.key()).orElse(null);
      case UseRule -> policies.ruleByKey(id.key()).orElse(null);
      case Source -> sources.byKey(id.key()).orElse(null);
    };
  }
}
