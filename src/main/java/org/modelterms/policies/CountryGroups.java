package org.modelterms.policies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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

  public static boolean isCountry(String code) {
    return code != null && ISO_COUNTRIES.contains(code);
  }

  /** The members of every group, by group code. */
  @Transactional
  public Map<String, Set<String>> groups() {
    Map<String, Set<String>> groups = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select group_code, country from country_group_member", Object[].class)
            .getResultList();
    rows.forEach(
        r -> groups.computeIfAbsent((String) r[0], g -> new HashSet<>()).add((String) r[1]));
    return groups;
  }
}
