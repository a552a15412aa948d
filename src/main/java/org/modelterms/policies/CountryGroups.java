package org.modelterms.policies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** ISO 3166-1 country codes and the named groups of countries rules refer to. */
@ApplicationScoped
public class CountryGroups {

  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  @Inject EntityManager em;

  private volatile Map<String, Set<String>> groups;

  public static boolean isCountry(String code) {
    return code != null && ISO_COUNTRIES.contains(code);
  }

  /**
   * The members of every group, by group code. Read once: the groups are written only by the
   * schema's migrations, never at run time.
   */
  public Map<String, Set<String>> groups() {
    Map<String, Set<String>> read = groups;
    if (read == null) {
      read = readGroups();
      groups = read;
    }
    return read;
  }

  /** Called inside the caller's transaction. */
  private Map<String, Set<String>> readGroups() {
    Map<String, Set<String>> byCode = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select group_code, country from country_group_member", Object[].class)
            .getResultList();
    rows.forEach(
        r -> byCode.computeIfAbsent((String) r[0], g -> new HashSet<>()).add((String) r[1]));
    Map<String, Set<String>> frozen = new HashMap<>();
    byCode.forEach((code, members) -> frozen.put(code, Set.copyOf(members)));
    return Map.copyOf(frozen);
  }
}
