package org.modelterms.events;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.modelterms.events.api.PolicyEvent;
import org.modelterms.models.api.Model;
import org.modelterms.policies.api.PolicyDocument;
import org.modelterms.shared.guard.RegistryApi;
import org.modelterms.sources.CitationSubject;
import org.modelterms.sources.SourceQueries;
import org.modelterms.sources.api.Citation;

/** Policy events: the fields events add to models, documents and events. */
@GraphQLApi
@RegistryApi
public class EventFieldsGraphQL {

  @Inject EventQueries events;
  @Inject SourceQueries sources;

  @Description("Events that concern this document.")
  @NonNull
  public List<@NonNull List<@NonNull PolicyEvent>> events(@Source List<PolicyDocument> documents) {
    return events.ofDocuments(documents.stream().map(PolicyDocument::key).toList());
  }

  @org.eclipse.microprofile.graphql.Name("events")
  @Description("Events that concern this model.")
  @NonNull
  public List<@NonNull List<@NonNull PolicyEvent>> modelEvents(@Source List<Model> models) {
    return events.ofModels(models.stream().map(Model::key).toList());
  }

  @org.eclipse.microprofile.graphql.Name("sources")
  @Description("Sources for the event.")
  @NonNull
  public List<@NonNull List<@NonNull Citation>> eventSources(@Source List<PolicyEvent> of) {
    return sources.citationsInOrder(
        CitationSubject.POLICY_EVENT, of.stream().map(PolicyEvent::key).toList());
  }
}
