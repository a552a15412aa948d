package org.modelterms.assessments;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.modelterms.assessments.api.AcceptedTerm;
import org.modelterms.shared.guard.RegistryApi;

/** The terms each framework accepts, as the registry applies them. */
@GraphQLApi
@RegistryApi
public class AssessmentGraphQL {

  @Inject EntityManager em;

  @Query("acceptedTerms")
  @Description("The terms the OSAID 1.0 and MOF 1.0 assessments accept, by framework and scope.")
  @NonNull
  @Transactional
  public List<@NonNull AcceptedTerm> acceptedTerms() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select framework, scope, rule, license_key, note from accepted_term order by"
                    + " framework, scope, rule, license_key",
                Object[].class)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new AcceptedTerm(
                    (String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
        .toList();
  }
}
