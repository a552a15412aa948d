package org.modelterms.policies;

import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.modelterms.licenses.LicenseQueries;
import org.modelterms.licenses.api.License;
import org.modelterms.models.api.Model;
import org.modelterms.organizations.OrganizationQueries;
import org.modelterms.organizations.api.Organization;
import org.modelterms.policies.api.ModelPolicy;
import org.modelterms.policies.api.PolicyDiff;
import org.modelterms.policies.api.PolicyDocument;
import org.modelterms.policies.api.PolicyDocumentConnection;
import org.modelterms.policies.api.PolicyVersion;
import org.modelterms.policies.api.UseRule;
import org.modelterms.shared.guard.RegistryApi;
import org.modelterms.sources.CitationSubject;
import org.modelterms.sources.SourceQueries;
import org.modelterms.sources.api.Citation;

/**
 * The fields of the terms: a model's documents, a document's versions, publisher, licence and
 * diffs, a version's rules.
 */
@GraphQLApi
@RegistryApi
public class PolicyFieldsGraphQL {

  @Inject PolicyQueries policies;
  @Inject OrganizationQueries organizations;
  @Inject LicenseQueries licenses;
  @Inject SourceQueries sources;

  @Description("How many documents match, on all pages.")
  @NonNull
  public List<@NonNull Integer> totalCount(@Source List<PolicyDocumentConnection> connections) {
    return connections.stream().map(c -> (int) policies.countDocuments(c.kind())).toList();
  }

  @Description("The documents that govern the model, over time, oldest first.")
  @NonNull
  public List<@NonNull List<@NonNull ModelPolicy>> policies(@Source List<Model> models) {
    return policies.policiesOfModels(models.stream().map(Model::key).toList());
  }

  @Description("The document's versions, oldest first.")
  @NonNull
  public List<@NonNull List<@NonNull PolicyVersion>> versions(
      @Source List<PolicyDocument> documents) {
    return policies.versions(documents.stream().map(PolicyDocument::key).toList());
  }

  @Description("The organisation that publishes the document.")
  public List<Organization> publisher(@Source List<PolicyDocument> documents) {
    List<Long> keys = documents.stream().map(PolicyDocument::publisherKey).toList();
    Map<Long, Organization> found = new HashMap<>();
    List<Long> present = keys.stream().filter(k -> k != null).distinct().toList();
    if (!present.isEmpty()) {
      organizations.byKeys(present).forEach(o -> found.put(o.key(), o));
    }
    return keys.stream().map(k -> k == null ? null : found.get(k)).toList();
  }

  @Description("The licence this document is, for licence agreements.")
  public List<License> license(@Source List<PolicyDocument> documents) {
    List<Long> keys = documents.stream().map(PolicyDocument::licenseKey).toList();
    Map<Long, License> found = new HashMap<>();
    List<Long> present = keys.stream().filter(k -> k != null).distinct().toList();
    if (!present.isEmpty()) {
      licenses.byKeys(present).forEach(l -> found.put(l.key(), l));
    }
    return keys.stream().map(k -> k == null ? null : found.get(k)).toList();
  }

  @Name("sources")
  @Description("Sources for the facts about the document.")
  @NonNull
  public List<@NonNull List<@NonNull Citation>> documentSources(
      @Source List<PolicyDocument> documents) {
    return sources.citationsInOrder(
        CitationSubject.POLICY_DOCUMENT, documents.stream().map(PolicyDocument::key).toList());
  }

  @Description(
      "A line diff of this version's text against another version (`against`, usually an older"
          + " version of the same document).")
  @NonNull
  public PolicyDiff diff(
      @Source PolicyVersion version,
      @NonNull @org.eclipse.microprofile.graphql.Id @Name("against") String against) {
    PolicyVersion other =
        org.modelterms.shared.nodes.NodeId.decode(
                against, org.modelterms.shared.nodes.NodeType.PolicyVersion)
            .flatMap(policies::versionByKey)
            .orElseThrow(
                () ->
                    new org.modelterms.shared.errors.InvalidArgumentException(
                        "`against` is not the id of a policy version."));
    return PolicyDiffer.diff(other, version);
  }

  @Description("What the version says about each use category.")
  @NonNull
  public List<@NonNull List<@NonNull UseRule>> rules(@Source List<PolicyVersion> versions) {
    return policies.rules(versions.stream().map(PolicyVersion::key).toList());
  }

  @Name("sources")
  @Description("Sources for the rule: the words of the document it rests on.")
  @NonNull
  public List<@NonNull List<@NonNull Citation>> ruleSources(@Source List<UseRule> rules) {
    return sources.citationsInOrder(
        CitationSubject.USE_RULE, rules.stream().map(UseRule::key).toList());
  }

  @Name("sources")
  @Description("Sources for this version: where its text and dates come from.")
  @NonNull
  public List<@NonNull List<@NonNull Citation>> versionSources(
      @Source List<PolicyVersion> versions) {
    return sources.citationsInOrder(
        CitationSubject.POLICY_VERSION, versions.stream().map(PolicyVersion::key).toList());
  }
}
