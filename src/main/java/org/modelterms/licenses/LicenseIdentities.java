package org.modelterms.licenses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.modelterms.persistence.SqlRow;

/**
 * Recognises the licences that documents declare (an SPDX id, a Hugging Face id, a ScanCode key, a
 * name or a URL) as registry licences, for any number of values in one SQL statement.
 */
@ApplicationScoped
@Transactional
public class LicenseIdentities {

  static final String SCANCODE_PREFIX = "licenseref-scancode-";

  /** Longer values are no licence name or URL the registry holds. */
  static final int MAX_VALUE_LENGTH = 500;

  /**
   * Every path for every value, ranked in {@link LicenseMatchedBy} order. Names and URLs compare in
   * the forms of V8's {@code license_name_key} and {@code license_url_key}, so that the database
   * and its indexes do the normalising, once.
   */
  private static final String CANDIDATES =
      """
      with given as (
        select v as given, lower(btrim(v)) as lower_value,
               license_name_key(v) as name_key,
               case when lower(btrim(v)) ~ '^(https?://|www\\.)' then license_url_key(v) end as url_key
        from unnest(cast(:values as text[])) v
      ), candidates as (
        select g.given, l.id as license_id, 0 as path
        from given g join license l on lower(l.key) = g.lower_value
        union all
        select g.given, a.license_id, 1
        from given g join license_alias a
          on a.scheme = 'HUGGING_FACE' and lower(a.alias) = g.lower_value
        union all
        select g.given, a.license_id, 2
        from given g join license_alias a
          on a.scheme = 'SCANCODE'
          and lower(a.alias) = regexp_replace(g.lower_value, '^licenseref-scancode-', '')
        union all
        select g.given, l.id, 3
        from given g join license l on license_name_key(l.name) = g.name_key
        where g.name_key <> ''
        union all
        select g.given, l.id, 4
        from given g join license l on license_url_key(l.url) = g.url_key
        where l.url is not null
        union all
        select g.given, a.license_id, 4
        from given g join license_alias a
          on a.scheme = 'TEXT_URL' and license_url_key(a.alias) = g.url_key
      )
      select distinct c.given, c.path, l.id, l.key, l.name, l.deprecated
      from candidates c join license l on l.id = c.license_id
      """;

  @Inject EntityManager em;

  /**
   * The licence each value names, by the first path that recognises it (SPDX or LicenseRef id,
   * Hugging Face id, ScanCode key, name, URL). A value is left out when nothing recognises it, or
   * when its first matching path names two licences that are both current (two SPDX licences
   * sharing one URL), which no answer should pick between.
   */
  // Callers outside a request (a command) have none to pick the database to read.
  @ActivateRequestContext
  public Map<String, LicenseIdentity> identifyAll(Collection<String> declaredValues) {
    Set<String> values = new LinkedHashSet<>();
    for (String value : declaredValues) {
      if (value != null && !value.isBlank() && value.length() <= MAX_VALUE_LENGTH) {
        values.add(value);
      }
    }
    Map<String, LicenseIdentity> identities = new HashMap<>();
    if (values.isEmpty()) {
      return identities;
    }
    List<Candidate> candidates =
        SqlRow.list(
            em.createNativeQuery(CANDIDATES).setParameter("values", values.toArray(String[]::new)),
            Candidate::of);
    Map<String, List<Candidate>> byValue = new HashMap<>();
    candidates.forEach(c -> byValue.computeIfAbsent(c.given(), k -> new ArrayList<>()).add(c));
    byValue.forEach((value, found) -> choose(found).ifPresent(c -> identities.put(value, c)));
    return identities;
  }

  /** {@code licenseref-scancode-llama-3.1-license-2024} as {@code llama-3.1-license-2024}. */
  static String withoutScancodePrefix(String lowerCase) {
    return lowerCase.startsWith(SCANCODE_PREFIX)
        ? lowerCase.substring(SCANCODE_PREFIX.length())
        : lowerCase;
  }

  private static Optional<LicenseIdentity> choose(List<Candidate> found) {
    int first = found.stream().mapToInt(Candidate::path).min().orElseThrow();
    List<Candidate> onFirstPath = found.stream().filter(c -> c.path() == first).toList();
    List<Candidate> current = onFirstPath.stream().filter(c -> !c.deprecated()).toList();
    List<Candidate> pick = current.isEmpty() ? onFirstPath : current;
    if (pick.stream().map(Candidate::licenseKey).distinct().count() > 1) {
      return Optional.empty();
    }
    Candidate c = pick.stream().min(Comparator.comparing(Candidate::identifier)).orElseThrow();
    return Optional.of(
        new LicenseIdentity(
            c.licenseKey(),
            c.identifier(),
            c.name(),
            LicenseMatchedBy.values()[c.path()],
            c.given()));
  }

  private record Candidate(
      String given, int path, long licenseKey, String identifier, String name, boolean deprecated) {
    static Candidate of(SqlRow row) {
      return new Candidate(
          row.string("given"),
          (int) row.number("path"),
          row.number("id"),
          row.string("key"),
          row.string("name"),
          row.bool("deprecated"));
    }
  }
}
