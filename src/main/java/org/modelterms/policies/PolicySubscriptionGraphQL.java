package org.modelterms.policies;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.modelterms.policies.api.PolicyChange;
import org.modelterms.shared.guard.RegistryApi;

@GraphQLApi
@RegistryApi
public class PolicySubscriptionGraphQL {

  @Inject PolicyChanges changes;

  @Subscription("policyChanged")
  @Description(
      "Notifies when a committed change to the terms (a new version, a corrected rule, a new"
          + " binding or statement) touches the model (slug) and use, when given. Over WebSocket"
          + " (graphql-transport-ws or graphql-ws) at /graphql.")
  public Multi<PolicyChange> policyChanged(
      @Name("model") String model, @Name("use") UseCategory use) {
    return changes.stream(model, use);
  }
}
