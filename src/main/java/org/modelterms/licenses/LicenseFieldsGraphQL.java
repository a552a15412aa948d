package org.modelterms.licenses;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.modelterms.licenses.api.License;
import org.modelterms.licenses.api.LicenseConnection;
import org.modelterms.shared.guard.RegistryApi;
import org.modelterms.sources.CitationSubject;
import org.modelterms.sources.SourceQueries;
import org.modelterms.sources.api.Citation;

/** The fields licences add to their own types. */
@GraphQLApi
@RegistryApi
public class LicenseFieldsGraphQL {

  @Inject LicenseQueries licenses;
  @Inject SourceQueries sources;

  @Name("sources")
  @Description("Sources for the facts about the licence.")
  @NonNull
  public List<@NonNull List<@NonNull Citation>> sources(@Source List<License> licensesOf) {
    return sources.citationsInOrder(
        CitationSubject.LICENSE, licensesOf.stream().map(License::key).toList());
  }

  @Description("How many licences match the filter, on all pages.")
  @NonNull
  public List<@NonNull Integer> totalCount(@Source List<LicenseConnection> connections) {
    return connections.stream().map(c -> (int) licenses.count(c.filter())).toList();
  }
}
