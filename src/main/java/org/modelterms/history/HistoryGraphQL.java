package org.modelterms.history;

import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.modelterms.history.api.ChangeConnection;
import org.modelterms.shared.guard.RegistryApi;

@GraphQLApi
@RegistryApi
public class HistoryGraphQL {

  @Inject HistoryQueries history;

  @Query("changes")
  @Description(
      "The audit trail: every recorded change, oldest first, optionally since a time and for one"
          + " object, with who made it, when, and the values before and after.")
  @NonNull
  public ChangeConnection changes(
      @Name("since") OffsetDateTime since,
      @Id @Name("entity") String entity,
      @Name("first") Integer first,
      @Name("after") String after) {
    return history.changes(since, entity, first, after);
  }
}
