package org.modelterms.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelterms.persistence.SqlRow;

/**
 * The terms of licences on a date, for what is known only by its licence (a model a bill of
 * materials names that the registry does not hold): the registry's documents whose licence it is,
 * each with the version in force and its rules, the documents they incorporate and the statements
 * amending any of them, as {@link FactsLoader} reads them for a model bound to those documents. One
 * statement for any number of licences.
 */
@ApplicationScoped
@Transactional
public class LicenseTermsLoader {

  /**
   * The rows of {@link FactsLoader}'s TERMS query, with a licence in the place of the model: a
   * document whose licence it is reaches it as BOUND, in the role its kind plays (a licence, a use
   * policy, terms of service).
   */
  private static final String TERMS =
      """
      with recursive governing (license_id, document_id, relation, role) as (
        select d.license_id, d.id, 'BOUND',
               case when d.kind in ('USE_POLICY', 'TERMS') then d.kind else 'LICENSE' end
        from ${policy_document} d where d.license_id = any(:licenses)
        union
        select g.license_id, k.to_document_id, 'INCORPORATED', g.role
        from governing g join ${policy_document_link} k
          on k.from_document_id = g.document_id and k.relation = 'INCORPORATES'
      ),
      reached as (
        select license_id, document_id, relation, role from governing
        union
        select g.license_id, k.from_document_id, 'AMENDS', g.role
        from governing g join ${policy_document_link} k
          on k.to_document_id = g.document_id and k.relation = 'AMENDS'
      ),
      terms as (
        select s.id as model_id, r.relation, r.role, d.id as document_id, d.slug, d.title,
               d.kind, v.id as version_id, v.label, v.effective_from, v.effective_to,
               l.id as license_id, l.key, l.name, l.kind as license_kind, l.osi_approved,
               l.fsf_libre, s.key as model_slug, 'T' as tag, o.name as publisher
        from ${license} s
        left join (
          reached r join ${policy_document} d on d.id = r.document_id
        ) on r.license_id = s.id
        left join ${policy_version} v
          on v.document_id = d.id and v.effective @> cast(:on as date)
        left join ${license} l on l.id = d.license_id
        left join ${organization} o on o.id = d.publisher_id
        where s.id = any(:licenses)
      )
      select * from terms
      union all
      select u.id, u.use_category, u.effect, null, u.quote, cast(u.conditions as text), null,
             u.version_id, null, null, null, null, null, null, null, null, null, null, 'R', null
      from ${use_rule} u where u.version_id in (select version_id from terms)
      order by 19 desc, 1, 5, 2
      """;

  @Inject EntityManager em;

  /**
   * The documents governing each licence on the date, by licence key (an empty list for a licence
   * the registry holds no documents for), as the registry held them at {@code asKnownAt} (now when
   * null).
   */
  public Map<Long, List<TermsFacts>> forLicenses(
      Collection<Long> licenseKeys, LocalDate on, OffsetDateTime asKnownAt) {
    Map<Long, List<TermsFacts>> result = new LinkedHashMap<>();
    if (licenseKeys.isEmpty()) {
      return result;
    }
    Long[] keys = licenseKeys.stream().distinct().toArray(Long[]::new);
    List<SqlRow> rows =
        SqlRow.list(
            new TablesAt(em, asKnownAt)
                .query(TERMS)
                .setParameter("licenses", keys)
                .setParameter("on", on));
    Map<Long, SqlRow> heads = new HashMap<>();
    Map<Long, List<TermsFacts>> read = TermsRows.read(rows, heads);
    for (Long key : keys) {
      if (heads.containsKey(key)) {
        result.put(key, read.getOrDefault(key, List.of()));
      }
    }
    return result;
  }
}
