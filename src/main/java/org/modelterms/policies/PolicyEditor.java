package org.modelterms.policies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modelterms.history.Authored;
import org.modelterms.licenses.LicenseEntity;
import org.modelterms.licenses.LicenseQueries;
import org.modelterms.organizations.OrganizationEntity;
import org.modelterms.organizations.OrganizationQueries;
import org.modelterms.persistence.Writes;
import org.modelterms.policies.api.PolicyDocumentRegisterInput;
import org.modelterms.policies.api.PolicyVersionPublishInput;
import org.modelterms.policies.api.UseRuleCorrectInput;
import org.modelterms.policies.api.UseRuleInput;
import org.modelterms.shared.changes.ModelFactsChanged;
import org.modelterms.shared.errors.Problems;
import org.modelterms.shared.errors.UserError;
import org.modelterms.shared.errors.UserErrorCode;
import org.modelterms.shared.errors.UserErrorsException;
import org.modelterms.shared.nodes.NodeId;
import org.modelterms.shared.nodes.NodeType;
import org.modelterms.sources.CitationSubject;
import org.modelterms.sources.SourceEditor;
import org.modelterms.sources.api.SourceInput;

/** Writes policy documents, their versions and rules. Every refused input writes nothing. */
@ApplicationScoped
@Transactional
@Authored
public class PolicyEditor {

  private static final Map<String, UserError> CONSTRAINTS =
      Map.of(
          "policy_document_slug_key",
          UserError.of(UserErrorCode.DUPLICATE, "Another document has this slug.", "input", "slug"),
          "policy_version_label_key",
          UserError.of(
              UserErrorCode.DUPLICATE,
              "The document has a version with this label.",
              "input",
              "label"),
          "policy_version_no_overlap",
          UserError.of(
              UserErrorCode.OVERLAP,
              "The period overlaps another version of the document.",
              "input",
              "effectiveFrom"));

  @Inject EntityManager em;
  @Inject OrganizationQueries organizations;
  @Inject LicenseQueries licenses;
  @Inject SourceEditor sources;
  @Inject RuleValidator rules;
  @Inject Event<ModelFactsChanged> factsChanged;
  @Inject PolicyChanges changes;
  @Inject Event<PolicyChanges.Committed> committed;

  public PolicyDocumentEntity registerDocument(PolicyDocumentRegisterInput input) {
    Problems problems = new Problems();
    PolicyDocumentEntity d = new PolicyDocumentEntity();
    d.slug = problems.requireSlug(input.slug(), "input", "slug");
    d.title = problems.requireText(input.title(), 300, "input", "title");
    d.kind = input.kind();
    d.url = problems.optionalUrl(input.url(), "input", "url");
    if (d.slug != null && PolicyDocumentEntity.count("slug", d.slug) > 0) {
      problems.add(UserErrorCode.DUPLICATE, "Another document has this slug.", "input", "slug");
    }
    if (input.publisher() != null) {
      Optional<OrganizationEntity> publisher = organizations.entityBySlug(input.publisher());
      if (publisher.isEmpty()) {
        problems.add(
            UserErrorCode.NOT_FOUND, "No organisation has this slug.", "input", "publisher");
      }
      d.publisherId = publisher.map(o -> o.id).orElse(null);
    }
    if (input.license() != null) {
      Optional<LicenseEntity> license = licenses.findEntity(input.license());
      if (license.isEmpty()) {
        problems.add(
            UserErrorCode.UNKNOWN_LICENSE,
            "No licence has this SPDX id, LicenseRef id or Hugging Face tag.",
            "input",
            "license");
      }
      d.licenseId = license.map(l -> l.id).orElse(null);
    }
    List<Long> incorporates = documents(input.incorporates(), problems, "incorporates");
    List<Long> amends = documents(input.amends(), problems, "amends");
    if (!amends.isEmpty() && input.kind() != DocumentKind.STATEMENT) {
      problems.add(
          UserErrorCode.INVALID_FORMAT,
          "Only a statement amends other documents.",
          "input",
          "amends");
    }
    requireSources(input.sources(), problems, "input", "sources");
    problems.throwIfAny();
    d.persist();
    incorporates.forEach(target -> link(d.id, target, "INCORPORATES"));
    amends.forEach(target -> link(d.id, target, "AMENDS"));
    sources.cite(CitationSubject.POLICY_DOCUMENT, d.id, input.sources());
    Writes.flush(CONSTRAINTS);
    return d;
  }

  public PolicyVersionEntity publishVersion(PolicyVersionPublishInput input) {
    PolicyDocumentEntity document = document(input.document(), "input", "document");
    Problems problems = new Problems();
    PolicyVersionEntity v = new PolicyVersionEntity();
    v.documentId = document.id;
    v.label = problems.requireText(input.label(), 100, "input", "label");
    v.effectiveFrom = input.effectiveFrom();
    v.effectiveTo = input.effectiveTo();
    problems.dateOrder(v.effectiveFrom, v.effectiveTo, "input", "effectiveTo");
    v.sourceUrl = problems.optionalUrl(input.sourceUrl(), "input", "sourceUrl");
    v.retrievedOn = input.retrievedOn();
    v.text = input.text();
    v.textSha256 = input.text() == null ? null : sha256(input.text());
    if (v.label != null
        && PolicyVersionEntity.count("documentId = ?1 and label = ?2", document.id, v.label) > 0) {
      problems.add(
          UserErrorCode.DUPLICATE, "The document has a version with this label.", "input", "label");
    }
    PolicyVersionEntity latest =
        PolicyVersionEntity.<PolicyVersionEntity>find(
                "documentId = ?1 order by effectiveFrom desc", document.id)
            .firstResult();
    if (latest != null && !input.effectiveFrom().isAfter(latest.effectiveFrom)) {
      problems.add(
          UserErrorCode.DATE_ORDER,
          "A new version must start after the latest one ("
              + latest.label
              + ", from "
              + latest.effectiveFrom
              + ").",
          "input",
          "effectiveFrom");
    } else if (latest != null
        && latest.effectiveTo != null
        && latest.effectiveTo.isAfter(input.effectiveFrom())) {
      problems.add(
          UserErrorCode.OVERLAP,
          "The latest version is in force until " + latest.effectiveTo + ".",
          "input",
          "effectiveFrom");
    }
    requireSources(input.sources(), problems, "input", "sources");
    List<UseRuleInput> ruleInputs = input.rules() == null ? List.of() : input.rules();
    for (int i = 0; i < ruleInputs.size(); i++) {
      rules.check(ruleInputs.get(i), problems, "input", "rules", String.valueOf(i));
    }
    problems.throwIfAny();
    if (latest != null && latest.effectiveTo == null) {
      latest.effectiveTo = input.effectiveFrom();
      em.flush();
    }
    v.persist();
    sources.cite(CitationSubject.POLICY_VERSION, v.id, input.sources());
    for (UseRuleInput ruleInput : ruleInputs) {
      UseRuleEntity rule = rules.write(v.id, ruleInput);
      List<SourceInput> cited =
          ruleInput.sources() == null || ruleInput.sources().isEmpty()
              ? input.sources()
              : ruleInput.sources();
      sources.cite(CitationSubject.USE_RULE, rule.id, cited);
    }
    Writes.flush(CONSTRAINTS);
    factsChanged.fire(ModelFactsChanged.all());
    committed.fire(
        new PolicyChanges.Committed(
            changes.change(
                "VERSION_PUBLISHED",
                document.id,
                document.slug,
                ruleInputs.stream().map(UseRuleInput::useCategory).distinct().toList())));
    return v;
  }

  /** Corrects a rule in place; the trigger-kept history holds what it said before. */
  public UseRuleEntity correctRule(UseRuleCorrectInput input) {
    UseRuleEntity rule =
        NodeId.decode(input.rule(), NodeType.UseRule)
            .flatMap(k -> UseRuleEntity.<UseRuleEntity>findByIdOptional(k))
            .orElseThrow(
                () ->
                    new UserErrorsException(
                        UserError.of(
                            UserErrorCode.NOT_FOUND, "No rule has this id.", "input", "rule")));
    Problems problems = new Problems();
    requireSources(input.sources(), problems, "input", "sources");
    UseRuleInput merged =
        new UseRuleInput(
            rule.useCategory,
            input.effect() != null ? input.effect() : rule.effect,
            input.quote() != null ? input.quote() : rule.quote,
            input.conditions(),
            input.note() != null ? input.note() : rule.note,
            input.sources());
    rules.check(merged, problems, "input");
    problems.throwIfAny();
    rules.apply(rule, merged, input.conditions() == null ? rule.conditions : null);
    sources.cite(CitationSubject.USE_RULE, rule.id, input.sources());
    Writes.flush(Map.of());
    factsChanged.fire(ModelFactsChanged.all());
    PolicyVersionEntity version = PolicyVersionEntity.findById(rule.versionId);
    PolicyDocumentEntity document = PolicyDocumentEntity.findById(version.documentId);
    committed.fire(
        new PolicyChanges.Committed(
            changes.change(
                "RULE_CORRECTED", document.id, document.slug, List.of(rule.useCategory))));
    return rule;
  }

  PolicyDocumentEntity document(String slug, String... field) {
    return PolicyDocumentEntity.<PolicyDocumentEntity>find("slug", slug == null ? "" : slug.strip())
        .firstResultOptional()
        .orElseThrow(
            () ->
                new UserErrorsException(
                    UserError.of(
                        UserErrorCode.NOT_FOUND, "No policy document has this slug.", field)));
  }

  private List<Long> documents(List<String> slugs, Problems problems, String field) {
    List<Long> keys = new ArrayList<>();
    if (slugs == null) {
      return keys;
    }
    for (int i = 0; i < slugs.size(); i++) {
      Optional<PolicyDocumentEntity> d =
          PolicyDocumentEntity.find("slug", slugs.get(i) == null ? "" : slugs.get(i))
              .firstResultOptional();
      if (d.isEmpty()) {
        problems.add(
            UserErrorCode.NOT_FOUND,
            "No policy document has this slug.",
            "input",
            field,
            String.valueOf(i));
      } else {
        keys.add(d.get().id);
      }
    }
    return keys;
  }

  private void link(long from, long to, String relation) {
    em.createNativeQuery(
            "insert into policy_document_link (from_document_id, to_document_id, relation) values"
                + " (:f, :t, :r) on conflict do nothing")
        .setParameter("f", from)
        .setParameter("t", to)
        .setParameter("r", relation)
        .executeUpdate();
  }

  /** Every policy fact carries its source: at least one is required. */
  void requireSources(List<SourceInput> given, Problems problems, String... field) {
    if (given == null || given.isEmpty()) {
      problems.add(UserErrorCode.REQUIRED, "Cite at least one source.", field);
    } else {
      sources.validate(given, problems, field);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
