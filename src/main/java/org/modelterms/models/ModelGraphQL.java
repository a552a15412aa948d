package org.modelterms.models;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.modelterms.models.api.ComponentPayload;
import org.modelterms.models.api.ComponentSetInput;
import org.modelterms.models.api.Model;
import org.modelterms.models.api.ModelConnection;
import org.modelterms.models.api.ModelFilter;
import org.modelterms.models.api.ModelOrder;
import org.modelterms.models.api.ModelPayload;
import org.modelterms.models.api.ModelRegisterInput;
import org.modelterms.models.api.ModelUpdateInput;
import org.modelterms.persistence.Writes;
import org.modelterms.shared.guard.RegistryApi;

/** Queries and mutations of models; their nested fields are in {@link ModelFieldsGraphQL}. */
@GraphQLApi
@RegistryApi
public class ModelGraphQL {

  @Inject ModelQueries queries;
  @Inject ModelEditor models;
  @Inject ComponentEditor components;

  @Query("model")
  @Description(
      "A model by slug or by Hugging Face id (ignoring case, e.g. \"EleutherAI/pythia-12b\");"
          + " give exactly one. Null when none matches.")
  public Model model(@Name("slug") String slug, @Name("huggingFaceId") String huggingFaceId) {
    return queries.find(slug, huggingFaceId).orElse(null);
  }

  @Query("models")
  @Description("Models, 1 to 100 per page (default 20), ordered by slug unless told otherwise.")
  @NonNull
  public ModelConnection models(
      @Name("filter") ModelFilter filter,
      @Name("orderBy") ModelOrder orderBy,
      @Name("first") Integer first,
      @Name("after") String after) {
    return queries.list(filter, orderBy, first, after);
  }

  @Mutation("modelRegister")
  @Description("Registers a model with its components and sources.")
  @NonNull
  public ModelPayload modelRegister(@NonNull @Name("input") ModelRegisterInput input) {
    return Writes.mutate(
        () -> new ModelPayload(models.register(input), List.of()),
        errors -> new ModelPayload(null, errors));
  }

  @Mutation("modelUpdate")
  @Description("Changes a model; fields left out keep their value.")
  @NonNull
  public ModelPayload modelUpdate(@NonNull @Name("input") ModelUpdateInput input) {
    return Writes.mutate(
        () -> new ModelPayload(models.update(input), List.of()),
        errors -> new ModelPayload(null, errors));
  }

  @Mutation("componentSet")
  @Description("Adds a component to a model, or replaces the model's component of that kind.")
  @NonNull
  public ComponentPayload componentSet(@NonNull @Name("input") ComponentSetInput input) {
    return Writes.mutate(
        () -> new ComponentPayload(components.set(input), List.of()),
        errors -> new ComponentPayload(null, errors));
  }
}
