package org.modelterms.boms.check;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelterms.licenses.LicenseAliasEntity;
import org.modelterms.licenses.LicenseEntity;
import org.modelterms.licenses.LicenseQueries;
import org.modelterms.licenses.api.License;

/**
 * The one place a bill-of-materials check turns a licence as written into a registry licence: an
 * SPDX id or {@code LicenseRef-…} (the licence's key), a Hugging Face licence id (its alias), its
 * name, or the URL of its text, each ignoring case. Expressions are split by the caller; this sees
 * single licences. Reads in three statements however many strings it is given.
 */
@ApplicationScoped
@Transactional
public class DeclaredLicenses {

  /** Licence pages that name the SPDX id in their path. */
  private static final Pattern ID_IN_URL =
      Pattern.compile(
          "^https?://(?:www\\.)?(?:spdx\\.org/licenses|opensource\\.org/licenses?)/"
              + "([A-Za-z0-9.+-]+?)(?:\\.html|\\.json|\\.txt)?/?$",
          Pattern.CASE_INSENSITIVE);

  @Inject LicenseQueries licenses;

  /** The registry licence each string names; strings naming none are absent. */
  public Map<String, License> identifyAll(Collection<String> written) {
    Map<String, Set<String>> candidates = new LinkedHashMap<>();
    for (String text : written) {
      if (text != null && !text.isBlank()) {
        candidates.put(text, candidates(text));
      }
    }
    Map<String, License> result = new HashMap<>();
    if (candidates.isEmpty()) {
      return result;
    }
    List<String> lower = candidates.values().stream().flatMap(Set::stream).distinct().toList();
    List<LicenseEntity> direct =
        LicenseEntity.list("lower(key) in ?1 or lower(name) in ?1 or lower(url) in ?1", lower);
    List<LicenseAliasEntity> aliases =
        LicenseAliasEntity.list(
            "select a from LicenseAliasEntity a join fetch a.license where lower(a.alias) in ?1",
            lower);
    Map<Long, LicenseEntity> entities = new LinkedHashMap<>();
    direct.forEach(l -> entities.put(l.id, l));
    aliases.forEach(a -> entities.putIfAbsent(a.license.id, a.license));
    Map<Long, License> api = new HashMap<>();
    licenses.toApi(entities.values()).forEach(l -> api.put(l.key(), l));
    candidates.forEach(
        (text, forms) -> {
          LicenseEntity found = match(forms, direct, aliases);
          if (found != null) {
            result.put(text, api.get(found.id));
          }
        });
    return result;
  }

  /** By key first, then Hugging Face alias, then name, then URL: the most exact wins. */
  private static LicenseEntity match(
      Set<String> forms, List<LicenseEntity> direct, List<LicenseAliasEntity> aliases) {
    for (LicenseEntity l : direct) {
      if (forms.contains(l.key.toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    for (LicenseAliasEntity a : aliases) {
      if (forms.contains(a.alias.toLowerCase(Locale.ROOT))) {
        return a.license;
      }
    }
    for (LicenseEntity l : direct) {
      if (forms.contains(l.name.toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    for (LicenseEntity l : direct) {
      if (l.url != null && forms.contains(l.url.toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    return null;
  }

  /** The spellings a string may be stored in, lower-cased. */
  private static Set<String> candidates(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    Set<String> forms = new LinkedHashSet<>();
    forms.add(lower);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      String bare = lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
      forms.add(bare);
      forms.add(bare + "/");
      List<String> schemes = new ArrayList<>(forms);
      for (String url : schemes) {
        forms.add(
            url.startsWith("http://")
                ? "https://" + url.substring(7)
                : "http://" + url.substring(8));
      }
      Matcher id = ID_IN_URL.matcher(lower);
      if (id.matches()) {
        forms.add(id.group(1));
      }
    }
    return forms;
  }
}
