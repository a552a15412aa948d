package org.modelterms.policies;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.persistence.Writes;
import org.modelterms.policies.api.ModelBindInput;
import org.modelterms.policies.api.ModelBindPayload;
import org.modelterms.policies.api.PolicyDocumentPayload;
import org.modelterms.policies.api.PolicyDocumentRegisterInput;
import org.modelterms.policies.api.PolicyVersionPayload;
import org.modelterms.policies.api.PolicyVersionPublishInput;
import org.modelterms.policies.api.UseRuleCorrectInput;
import org.modelterms.policies.api.UseRulePayload;
import org.modelterms.shared.guard.RegistryApi;

/** Writes of the terms: documents, versions with their rules, bindings and corrections. */
@GraphQLApi
@RegistryApi
public class PolicyMutationsGraphQL {

  @Inject PolicyEditor editor;
  @Inject BindingEditor binder;
  @Inject PolicyQueries queries;

  @Mutation("policyDocumentRegister")
  @Description("Registers a licence, use policy, terms or public statement.")
  @NonNull
  public PolicyDocumentPayload policyDocumentRegister(
      @NonNull @Name("input") PolicyDocumentRegisterInput input) {
    return Writes.mutate(
        () ->
            new PolicyDocumentPayload(
                PolicyQueries.toApi(editor.registerDocument(input)), List.of()),
        errors -> new PolicyDocumentPayload(null, errors));
  }

  @Mutation("policyVersionPublish")
  @Description("Adds a version of a document with its use rules; it ends the version before it.")
  @NonNull
  public PolicyVersionPayload policyVersionPublish(
      @NonNull @Name("input") PolicyVersionPublishInput input) {
    return Writes.mutate(
        () ->
            new PolicyVersionPayload(PolicyQueries.toApi(editor.publishVersion(input)), List.of()),
        errors -> new PolicyVersionPayload(null, errors));
  }

  @Mutation("modelBind")
  @Description("Puts a model under a document from a date (ending its previous one of that role).")
  @NonNull
  public ModelBindPayload modelBind(@NonNull @Name("input") ModelBindInput input) {
    return Writes.mutate(
        () -> new ModelBindPayload(queries.policy(binder.bind(input)), List.of()),
        errors -> new ModelBindPayload(null, errors));
  }

  @Mutation("useRuleCorrect")
  @Description("Corrects a rule; the earlier record stays visible to questions asked asKnownAt.")
  @NonNull
  public UseRulePayload useRuleCorrect(@NonNull @Name("input") UseRuleCorrectInput input) {
    return Writes.mutate(
        () -> new UseRulePayload(queries.rule(editor.correctRule(input)), List.of()),
        errors -> new UseRulePayload(null, errors));
  }
}
