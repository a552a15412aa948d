package org.modelterms.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelterms.models.Modality;
import org.modelterms.persistence.SqlRow;

/**
 * Loads the facts of many models for one date in a fixed number of queries: components with their
 * licences, declared licences, the terms in force (bindings, documents they incorporate, statements
 * amending them, each with its version and rules), and the accepted terms.
 */
@ApplicationScoped
@Transactional
public class FactsLoader {

  private static final String LICENSE_COLUMNS =
      "l.id as license_id, l.key, l.name, l.kind as license_kind, l.osi_approved, l.fsf_libre";

  /**
   * Rows tagged T (last column): each model's row (slug, licence expression, modality), with the
   * documents governing it on a date, one row each (none: document columns null): its bindings and
   * those of the models it derives from (what a base model's licence passes down), the documents
   * they incorporate, and the statements amending any of them, each with the version in force and
   * its licence, the model's release date, and its publisher's name after the tag. Then rows tagged
   * R: the rules of those versions, in the same columns (the union names them after the first
   * branch): the rule's key in model_id, its use in relation, effect in role, quote in slug,
   * conditions in title, and its version in version_id.
   *
   * <p>The documents reached are read by key ({@code = any(array(...))}): PostgreSQL expects each
   * recursive CTE to return ten times its first step, so a join on them hashed the whole
   * policy_document table for the one or two documents of a model page (the measurements are in
   * docs/benchmarks.md).
   */
  private static final String TERMS =
      """
      with recursive lineage (model_id, ancestor_id, depth) as (
        select id, id, 0 from ${model} where id = any(:models)
        union all
        select l.model_id, m.base_model_id, l.depth + 1
        from lineage l join ${model} m on m.id = l.ancestor_id
        where m.base_model_id is not null and l.depth < 20
      ),
      governing (model_id, document_id, relation, role) as (
        select l.model_id, b.document_id, case when l.depth = 0 then 'BOUND' else 'INHERITED' end,
               b.role
        from lineage l join ${binding} b on b.model_id = l.ancestor_id
        where b.effective @> cast(:on as date) and (l.depth = 0 or b.role <> 'TERMS')
        union
        select g.model_id, k.to_document_id, 'INCORPORATED', g.role
        from governing g join ${policy_document_link} k
          on k.from_document_id = g.document_id and k.relation = 'INCORPORATES'
      ),
      reached as (
        select model_id, document_id, relation, role from governing
        union
        select g.model_id, k.from_document_id, 'AMENDS', g.role
        from governing g join ${policy_document_link} k
          on k.to_document_id = g.document_id and k.relation = 'AMENDS'
      ),
      terms as (
        select m.id as model_id, r.relation, r.role, d.id as document_id, d.slug, d.title,
               d.kind, v.id as version_id, v.label, v.effective_from, v.effective_to,
               l.id as license_id, l.key, l.name, l.kind as license_kind, l.osi_approved,
               l.fsf_libre, m.slug as model_slug, m.license_expression, m.modality, m.released_on,
               'T' as tag, o.name as publisher
        from ${model} m
        left join (
          reached r join (
            select * from ${policy_document}
            where id = any(array(select document_id from reached))
          ) d on d.id = r.document_id
        ) on r.model_id = m.id
        left join ${policy_version} v
          on v.document_id = d.id and v.effective @> cast(:on as date)
        left join ${license} l on l.id = d.license_id
        left join ${organization} o on o.id = d.publisher_id
        where m.id = any(:models)
      )
      select * from terms
      union all
      select u.id, u.use_category, u.effect, null, u.quote, cast(u.conditions as text), null,
             u.version_id, null, null, null, null, null, null, null, null, null, null, null, null,
             null, 'R', null
      from ${use_rule} u where u.version_id in (select version_id from terms)
      order by 22 desc, 1, 5, 2
      """;

  /** What a caller needs beside the model's row and the terms in force. */
  private enum Scope {
    /** Only the terms: what permitted-use verdicts read. */
    TERMS,
    /** Components, licences and terms: what the assessments read. */
    ASSESSMENT,
    /** All that, and the next day the terms change: what the verdict index keeps. */
    INDEX
  }

  private static final String NEXT_CHANGE =
      """
      select b.model_id, min(x.day) as next_change from ${binding} b
      cross join lateral (values (b.effective_from), (b.effective_to)) x (day)
      where b.model_id = any(:models) and x.day > cast(:on as date)
      group by b.model_id
      """;

  @Inject EntityManager em;
  @Inject AcceptedTermsCache acceptedTermsCache;

  /**
   * The facts of each model on the date, by model key, as the registry holds them now, with the
   * next day its terms change ({@link ModelFacts#validUntil()}).
   */
  public Map<Long, ModelFacts> load(List<Long> modelKeys, LocalDate on) {
    return load(modelKeys, on, null, Scope.INDEX);
  }

  /** The facts the assessments read: as {@link #load(List, LocalDate)}, without validUntil. */
  public Map<Long, ModelFacts> forAssessment(List<Long> modelKeys, LocalDate on) {
    return load(modelKeys, on, null, Scope.ASSESSMENT);
  }

  /**
   * The facts a permitted-use verdict reads (the model's row and the terms in force; no components,
   * licences or validUntil) on the date, as the registry held them at {@code asKnownAt} (now when
   * null): corrections made later are not seen.
   */
  public Map<Long, ModelFacts> forTerms(List<Long> modelKeys, LocalDate on, OffsetDateTime known) {
    return load(modelKeys, on, known, Scope.TERMS);
  }

  private Map<Long, ModelFacts> load(
      List<Long> modelKeys, LocalDate on, OffsetDateTime known, Scope scope) {
    Map<Long, ModelFacts> facts = new LinkedHashMap<>();
    if (modelKeys.isEmpty()) {
      return facts;
    }
    TablesAt tables = new TablesAt(em, known);
    Long[] keys = modelKeys.stream().distinct().toArray(Long[]::new);
    ModelParts parts =
        scope == Scope.TERMS ? ModelParts.NONE : ModelParts.read(tables::query, keys);
    Map<Long, SqlRow> models = new LinkedHashMap<>();
    Map<Long, List<TermsFacts>> terms = terms(tables, keys, on, models);
    Map<Long, LocalDate> nextChange =
        scope == Scope.INDEX ? nextChange(tables, keys, on, terms) : Map.of();
    for (Long key : keys) {
      SqlRow row = models.get(key);
      if (row == null) {
        continue;
      }
      facts.put(
          key,
          new ModelFacts(
              key,
              row.string("model_slug"),
              row.enumOrNull(Modality.class, "modality"),
              row.date("released_on"),
              on,
              row.string("license_expression"),
              parts.licenses().getOrDefault(key, List.of()),
              parts.declared().getOrDefault(key, Map.of()),
              parts.components().getOrDefault(key, Map.of()),
              terms.getOrDefault(key, List.of()),
              nextChange.get(key)));
    }
    return facts;
  }

  /** Registered licences whose identifier is exactly one of the strings (case matters). */
  public Map<String, LicenseInfo> licensesByExactKey(Set<String> strings) {
    Map<String, LicenseInfo> result = new HashMap<>();
    if (strings.isEmpty()) {
      return result;
    }
    List<LicenseInfo> found =
        SqlRow.list(
            em.createNativeQuery(
                    "select " + LICENSE_COLUMNS + " from license l where l.key = any(:keys)")
                .setParameter("keys", strings.toArray(String[]::new)),
            LicenseInfo::of);
    for (LicenseInfo license : found) {
      result.put(license.identifier(), license);
    }
    return result;
  }

  /** The accepted terms of a framework, by scope (from {@link AcceptedTermsCache} when there). */
  public Map<String, AcceptedTerms> acceptedTerms(String framework) {
    Map<String, AcceptedTerms> cached = acceptedTermsCache.get(framework);
    if (cached != null) {
      return cached;
    }
    long generation = acceptedTermsCache.generation();
    Map<String, AcceptedTerms> read = readAcceptedTerms(framework);
    acceptedTermsCache.put(framework, read, generation);
    return read;
  }

  private Map<String, AcceptedTerms> readAcceptedTerms(String framework) {
    Map<String, List<String>> rules = new HashMap<>();
    Map<String, Set<String>> keys = new HashMap<>();
    List<SqlRow> rows =
        SqlRow.list(
            em.createNativeQuery(
                    "select scope, rule, license_key from accepted_term where framework = :f")
                .setParameter("f", framework));
    for (SqlRow row : rows) {
      String scope = row.string("scope");
      rules.computeIfAbsent(scope, s -> new ArrayList<>()).add(row.string("rule"));
      String licenseKey = row.string("license_key");
      if (licenseKey != null) {
        keys.computeIfAbsent(scope, s -> new HashSet<>()).add(licenseKey);
      }
    }
    Map<String, AcceptedTerms> byScope = new HashMap<>();
    rules.forEach(
        (scope, r) -> byScope.put(scope, AcceptedTerms.of(r, keys.getOrDefault(scope, Set.of()))));
    return Map.copyOf(byScope);
  }

  /** The terms of each model on the date; each model's row goes to {@code models}. */
  private Map<Long, List<TermsFacts>> terms(
      TablesAt tables, Long[] keys, LocalDate on, Map<Long, SqlRow> models) {
    List<SqlRow> termRows =
        SqlRow.list(tables.query(TERMS).setParameter("models", keys).setParameter("on", on));
    return TermsRows.read(termRows, models);
  }

  /** The next boundary of a binding of the model, or of a version of a document governing it. */
  private Map<Long, LocalDate> nextChange(
      TablesAt tables, Long[] keys, LocalDate on, Map<Long, List<TermsFacts>> terms) {
    Map<Long, LocalDate> result = new HashMap<>();
    for (SqlRow row :
        SqlRow.list(
            tables.query(NEXT_CHANGE).setParameter("models", keys).setParameter("on", on))) {
      result.put(row.number("model_id"), row.date("next_change"));
    }
    Set<Long> documents = new HashSet<>();
    terms.values().forEach(list -> list.forEach(t -> documents.add(t.documentKey())));
    if (documents.isEmpty()) {
      return result;
    }
    Map<Long, LocalDate> documentChange = new HashMap<>();
    List<SqlRow> versionRows =
        SqlRow.list(
            tables
                .query(
                    "select v.document_id, min(x.day) as next_change from ${policy_version} v"
                        + " cross join lateral (values (v.effective_from), (v.effective_to))"
                        + " x (day) where v.document_id = any(:documents)"
                        + " and x.day > cast(:on as date) group by v.document_id")
                .setParameter("documents", documents.toArray(Long[]::new))
                .setParameter("on", on));
    for (SqlRow row : versionRows) {
      documentChange.put(row.number("document_id"), row.date("next_change"));
    }
    terms.forEach(
        (model, list) ->
            list.forEach(
                t -> {
                  LocalDate change = documentChange.get(t.documentKey());
                  if (change != null) {
                    result.merge(model, change, (a, b) -> a.isBefore(b) ? a : b);
                  }
                }));
    return result;
  }
}
