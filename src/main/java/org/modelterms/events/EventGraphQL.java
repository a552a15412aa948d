package org.modelterms.events;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.modelterms.events.api.PolicyEvent;
import org.modelterms.shared.guard.RegistryApi;

@GraphQLApi
@RegistryApi
public class EventGraphQL {

  @Inject EventQueries events;

  @Query("policyEvents")
  @Description("Every recorded event, oldest first.")
  @NonNull
  public List<@NonNull PolicyEvent> policyEvents() {
    return events.all();
  }
}
