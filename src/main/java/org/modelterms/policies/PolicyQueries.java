package org.modelterms.policies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.modelterms.policies.api.ModelPolicy;
import org.modelterms.policies.api.PolicyDocument;
import org.modelterms.policies.api.PolicyDocumentConnection;
import org.modelterms.policies.api.PolicyDocumentEdge;
import org.modelterms.policies.api.PolicyVersion;
import org.modelterms.policies.api.UseRule;
import org.modelterms.shared.paging.Paging;

/** Reads policy documents, their versions, and which documents govern which models. */
@ApplicationScoped
@Transactional
public class PolicyQueries {

  public Optional<PolicyDocument> document(String slug) {
    if (slug == null || slug.isBlank()) {
      return Optional.empty();
    }
    return PolicyDocumentEntity.<PolicyDocumentEntity>find(
            "slug", slug.strip().toLowerCase(Locale.ROOT))
        .firstResultOptional()
        .map(PolicyQueries::toApi);
  }

  public Optional<PolicyDocument> documentByKey(long key) {
    return PolicyDocumentEntity.<PolicyDocumentEntity>findByIdOptional(key)
        .map(PolicyQueries::toApi);
  }

  public Optional<PolicyVersion> versionByKey(long key) {
    return PolicyVersionEntity.<PolicyVersionEntity>findByIdOptional(key).map(PolicyQueries::toApi);
  }

  /** Versions and the documents they belong to. */
  public record VersionsAndDocuments(
      Map<Long, PolicyVersion> versions, Map<Long, PolicyDocument> documents) {}

  /** Versions by key with their documents, in one query. */
  public VersionsAndDocuments versionsWithDocuments(List<Long> versionKeys) {
    Map<Long, PolicyVersion> versions = new HashMap<>();
    Map<Long, PolicyDocument> documents = new HashMap<>();
    if (!versionKeys.isEmpty()) {
      PolicyVersionEntity.getEntityManager()
          .createQuery(
              "select v, d from PolicyVersionEntity v join PolicyDocumentEntity d"
                  + " on d.id = v.documentId where v.id in ?1",
              Object[].class)
          .setParameter(1, versionKeys)
          .getResultList()
          .forEach(
              row -> {
                PolicyVersion v = toApi((PolicyVersionEntity) row[0]);
                versions.put(v.key(), v);
                documents.computeIfAbsent(
                    v.documentKey(), k -> toApi((PolicyDocumentEntity) row[1]));
              });
    }
    return new VersionsAndDocuments(versions, documents);
  }

  public PolicyDocumentConnection documents(DocumentKind kind, Integer first, String after) {
    int size = Paging.pageSize(first);
    Paging.Cursor cursor = Paging.Cursor.decode(after);
    String where = kind == null ? "1 = 1" : "kind = :kind";
    io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
    if (kind != null) {
      params.and("kind", kind);
    }
    if (cursor != null) {
      where += " and slug > :after";
      params.and("after", cursor.sortValue());
    }
    List<PolicyDocument> rows =
        PolicyDocumentEntity.<PolicyDocumentEntity>find(
                "from PolicyDocumentEntity where " + where + " order by slug", params)
            .range(0, size)
            .list()
            .stream()
            .map(PolicyQueries::toApi)
            .toList();
    Paging.Slice<PolicyDocument> slice = Paging.Slice.of(rows, size, cursor != null);
    return new PolicyDocumentConnection(
        slice.items().stream().map(d -> new PolicyDocumentEdge(cursorOf(d).encode(), d)).toList(),
        slice.pageInfo(PolicyQueries::cursorOf),
        kind);
  }

  public long countDocuments(DocumentKind kind) {
    return kind == null ? PolicyDocumentEntity.count() : PolicyDocumentEntity.count("kind", kind);
  }

  /** Versions of many documents, oldest first, in one query. */
  public List<List<PolicyVersion>> versions(List<Long> documentKeys) {
    Map<Long, List<PolicyVersion>> byDocument = new HashMap<>();
    PolicyVersionEntity.<PolicyVersionEntity>list(
            "documentId in ?1 order by effectiveFrom", documentKeys)
        .forEach(
            v -> byDocument.computeIfAbsent(v.documentId, k -> new ArrayList<>()).add(toApi(v)));
    return documentKeys.stream().map(k -> byDocument.getOrDefault(k, List.of())).toList();
  }

  public List<PolicyDocument> documentsByKeys(List<Long> keys) {
    Map<Long, PolicyDocument> found = new HashMap<>();
    PolicyDocumentEntity.<PolicyDocumentEntity>list("id in ?1", keys)
        .forEach(d -> found.put(d.id, toApi(d)));
    return keys.stream().map(found::get).toList();
  }

  /** The documents governing many models over time, in two queries. */
  public List<List<ModelPolicy>> policiesOfModels(List<Long> modelKeys) {
    List<BindingEntity> bindings =
        BindingEntity.list("modelId in ?1 order by effectiveFrom, id", modelKeys);
    Map<Long, PolicyDocument> documents = new HashMap<>();
    List<Long> documentKeys = bindings.stream().map(b -> b.documentId).distinct().toList();
    if (!documentKeys.isEmpty()) {
      documentsByKeys(documentKeys).forEach(d -> documents.put(d.key(), d));
    }
    Map<Long, List<ModelPolicy>> byModel = new HashMap<>();
    for (BindingEntity b : bindings) {
      byModel
          .computeIfAbsent(b.modelId, k -> new ArrayList<>())
          .add(
              new ModelPolicy(
                  b.id, documents.get(b.documentId), b.role, b.effectiveFrom, b.effectiveTo));
    }
    return modelKeys.stream().map(k -> byModel.getOrDefault(k, List.of())).toList();
  }

  public Optional<UseRule> ruleByKey(long key) {
    return UseRuleEntity.<UseRuleEntity>findByIdOptional(key).map(this::rule);
  }

  /** A rule as the API shows it, its approval naming its document's publisher. */
  public UseRule rule(UseRuleEntity r) {
    return rulesWithApprovers("r.id = ?1", r.id).stream().findFirst().orElseThrow();
  }

  /** The rules of many versions in one query, in the order of the version keys. */
  public List<List<UseRule>> rules(List<Long> versionKeys) {
    Map<Long, List<UseRule>> byVersion = new HashMap<>();
    rulesWithApprovers("r.versionId in ?1", versionKeys)
        .forEach(r -> byVersion.computeIfAbsent(r.versionKey(), k -> new ArrayList<>()).add(r));
    return versionKeys.stream().map(k -> byVersion.getOrDefault(k, List.of())).toList();
  }

  /** Rules with the publisher who approves what they ask, as the explanations name it. */
  private List<UseRule> rulesWithApprovers(String where, Object parameter) {
    return UseRuleEntity.getEntityManager()
        .createQuery(
            "select r, d.title, o.name from UseRuleEntity r"
                + " join PolicyVersionEntity v on v.id = r.versionId"
                + " join PolicyDocumentEntity d on d.id = v.documentId"
                + " left join OrganizationEntity o on o.id = d.publisherId where "
                + where
                + " order by r.useCategory, r.id",
            Object[].class)
        .setParameter(1, parameter)
        .getResultList()
        .stream()
        .map(
            row ->
                toApi(
                    (UseRuleEntity) row[0],
                    ConditionWords.approver((String) row[2], (String) row[1])))
        .toList();
  }

  /** A binding as the API shows it. */
  public ModelPolicy policy(BindingEntity b) {
    return new ModelPolicy(
        b.id, documentByKey(b.documentId).orElseThrow(), b.role, b.effectiveFrom, b.effectiveTo);
  }

  private static UseRule toApi(UseRuleEntity r, String approver) {
    return new UseRule(
        r.id,
        r.versionId,
        r.useCategory,
        r.effect,
        r.quote,
        ConditionWords.of(RuleConditionsJson.read(r.conditions), approver),
        r.note);
  }

  private static Paging.Cursor cursorOf(PolicyDocument d) {
    return new Paging.Cursor(d.slug(), d.key());
  }

  public static PolicyDocument toApi(PolicyDocumentEntity d) {
    return new PolicyDocument(d.id, d.slug, d.title, d.kind, d.publisherId, d.licenseId, d.url);
  }

  public static PolicyVersion toApi(PolicyVersionEntity v) {
    return new PolicyVersion(
        v.id,
        v.documentId,
        v.label,
        v.effectiveFrom,
        v.effectiveTo,
        v.sourceUrl,
        v.retrievedOn,
        v.textSha256,
        v.text);
  }
}
