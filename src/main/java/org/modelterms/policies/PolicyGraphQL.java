package org.modelterms.policies;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.modelterms.persistence.Writes;
import org.modelterms.policies.api.ModelBindInput;
import org.modelterms.policies.api.ModelBindPayload;
import org.modelterms.policies.api.PolicyChange;
import org.modelterms.policies.api.PolicyDocument;
import org.modelterms.policies.api.PolicyDocumentConnection;
import org.modelterms.policies.api.PolicyDocumentPayload;
import org.modelterms.policies.api.PolicyDocumentRegisterInput;
import org.modelterms.policies.api.PolicyVersionPayload;
import org.modelterms.policies.api.PolicyVersionPublishInput;
import org.modelterms.policies.api.UseRuleCorrectInput;
import org.modelterms.policies.api.UseRulePayload;
import org.modelterms.shared.guard.RegistryApi;

/**
 * The terms at the root: policy documents to read, writes of documents, versions, bindings and
 * corrections, and a subscription to changes.
 */
@GraphQLApi
@RegistryApi
public class PolicyGraphQL {

  @Inject PolicyQueries policies;
  @Inject PolicyEditor editor;
  @Inject BindingEditor binder;
  @Inject PolicyChanges changes;

  @Query("policyDocument")
  @Description("A policy document by slug; null when none has it.")
  public PolicyDocument policyDocument(@NonNull @Name("slug") String slug) {
    return policies.document(slug).orElse(null);
  }

  @Query("policyDocuments")
  @Description("Policy documents ordered by slug, 1 to 100 per page (default 20).")
  @NonNull
  public PolicyDocumentConnection policyDocuments(
      @Name("kind") DocumentKind kind, @Name("first") Integer first, @Name("after") String after) {
    return policies.documents(kind, first, after);
  }

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
        () -> new ModelBindPayload(policies.policy(binder.bind(input)), List.of()),
        errors -> new ModelBindPayload(null, errors));
  }

  @Mutation("useRuleCorrect")
  @Description("Corrects a rule; the earlier record stays visible to questions asked asKnownAt.")
  @NonNull
  public UseRulePayload useRuleCorrect(@NonNull @Name("input") UseRuleCorrectInput input) {
    return Writes.mutate(
        () -> new UseRulePayload(policies.rule(editor.correctRule(input)), List.of()),
        errors -> new UseRulePayload(null, errors));
  }

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
