package org.modelterms.sources;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.persistence.Writes;
import org.modelterms.shared.guard.RegistryApi;
import org.modelterms.sources.api.SourceAttachInput;
import org.modelterms.sources.api.SourceAttachPayload;

@GraphQLApi
@RegistryApi
public class SourceGraphQL {

  @Inject SourceEditor sources;

  @Mutation("sourceAttach")
  @Description("Cites a source for an organisation, model, component, licence or policy.")
  @NonNull
  public SourceAttachPayload sourceAttach(@NonNull @Name("input") SourceAttachInput input) {
    return Writes.mutate(
        () -> new SourceAttachPayload(sources.attach(input), List.of()),
        errors -> new SourceAttachPayload(null, errors));
  }
}
