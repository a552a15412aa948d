package org.modelterms.boms.check;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelterms.licenses.LicenseIdentities;
import org.modelterms.licenses.LicenseIdentity;
import org.modelterms.licenses.LicenseQueries;
import org.modelterms.licenses.api.License;

/**
 * The one place a bill-of-materials check turns a licence as written into a registry licence:
 * whatever {@link LicenseIdentities} recognises (an SPDX id or {@code LicenseRef-…}, a Hugging Face
 * licence id, a ScanCode key, the licence's name or the URL of its text), and the SPDX id in the
 * URL of an SPDX or OSI licence page. Expressions are split by the caller; this sees single
 * licences. Reads in a fixed number of statements however many strings it is given.
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

  @Inject LicenseIdentities identities;
  @Inject LicenseQueries licenses;

  /** The registry licence each string names; strings naming none are absent. */
  public Map<String, License> identifyAll(Collection<String> written) {
    Map<String, List<String>> candidates = new LinkedHashMap<>();
    for (String text : written) {
      if (text != null && !text.isBlank()) {
        candidates.put(text, candidates(text.strip()));
      }
    }
    Map<String, License> result = new HashMap<>();
    if (candidates.isEmpty()) {
      return result;
    }
    Map<String, LicenseIdentity> found =
        identities.identifyAll(candidates.values().stream().flatMap(List::stream).toList());
    Map<String, LicenseIdentity> chosen = new LinkedHashMap<>();
    candidates.forEach(
        (text, forms) ->
            forms.stream()
                .map(found::get)
                .filter(identity -> identity != null)
                .findFirst()
                .ifPresent(identity -> chosen.put(text, identity)));
    List<Long> keys = chosen.values().stream().map(LicenseIdentity::licenseKey).distinct().toList();
    Map<Long, License> api = new HashMap<>();
    if (!keys.isEmpty()) {
      licenses.byKeys(keys).forEach(l -> api.put(l.key(), l));
    }
    chosen.forEach((text, identity) -> result.put(text, api.get(identity.licenseKey())));
    return result;
  }

  /** The string as written, then the SPDX id its URL names, if it is a licence page's URL. */
  private static List<String> candidates(String text) {
    List<String> forms = new ArrayList<>();
    forms.add(text);
    Matcher id = ID_IN_URL.matcher(text);
    if (id.matches()) {
      forms.add(id.group(1));
    }
    return forms;
  }
}
