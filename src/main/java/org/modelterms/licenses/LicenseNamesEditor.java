package org.modelterms.licenses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.modelterms.history.Authored;
import org.modelterms.licenses.api.License;
import org.modelterms.persistence.Writes;
import org.modelterms.shared.changes.ModelFactsChanged;
import org.modelterms.shared.errors.Problems;
import org.modelterms.shared.errors.UserError;
import org.modelterms.shared.errors.UserErrorCode;
import org.modelterms.shared.errors.UserErrorsException;
import org.modelterms.sources.CitationSubject;
import org.modelterms.sources.SourceEditor;

/** Records the names a licence goes by beside its id and Hugging Face ids, with their sources. */
@ApplicationScoped
@Transactional
@Authored
public class LicenseNamesEditor {

  /** The citation field under which the sources of a licence's names are cited. */
  static final String NAMES_FIELD = "names";

  private static final Pattern SCANCODE_KEY = Pattern.compile("^[a-z0-9][a-z0-9._+-]*$");

  private static final Map<String, UserError> CONSTRAINTS =
      Map.of(
          "license_alias_scheme_lower_key",
          UserError.of(
              UserErrorCode.DUPLICATE,
              "Another licence already goes by one of these names.",
              "input"));

  @Inject LicenseQueries licenses;
  @Inject SourceEditor sources;
  @Inject Event<ModelFactsChanged> factsChanged;

  /**
   * Records a licence's ScanCode keys and category and the URLs of its text, citing their sources
   * (which replace the sources cited for these names before).
   */
  public License name(LicenseNames input) {
    LicenseEntity license =
        licenses
            .findEntity(input.license())
            .orElseThrow(
                () ->
                    new UserErrorsException(
                        UserError.of(
                            UserErrorCode.NOT_FOUND,
                            "No licence has this id or tag.",
                            "input",
                            "license")));
    Problems problems = new Problems();
    List<String> keys = input.scancodeKeys() == null ? null : scancodeKeys(input, problems);
    List<String> urls = input.textUrls() == null ? null : textUrls(input.textUrls(), problems);
    sources.validate(input.sources(), problems, "input", "sources");
    problems.throwIfAny();
    if (keys != null) {
      license.replaceAliases(AliasScheme.SCANCODE, keys);
      license.scancodeCategory = keys.isEmpty() ? null : input.scancodeCategory();
    }
    if (urls != null) {
      license.replaceAliases(AliasScheme.TEXT_URL, urls);
    }
    // Before uncite's statement would flush the names without the constraints' user errors.
    Writes.flush(CONSTRAINTS);
    if (input.sources() != null) {
      sources.uncite(CitationSubject.LICENSE, license.id, NAMES_FIELD);
      sources.cite(
          CitationSubject.LICENSE,
          license.id,
          input.sources().stream().map(s -> s.forField(NAMES_FIELD)).toList());
    }
    // Licences are cached with their names; no verdict reads them.
    factsChanged.fire(ModelFactsChanged.of());
    return licenses.toApi(List.of(license)).get(0);
  }

  /** Lower-case keys without {@code LicenseRef-scancode-}; a category must come with them. */
  private static List<String> scancodeKeys(LicenseNames input, Problems problems) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < input.scancodeKeys().size(); i++) {
      String given = input.scancodeKeys().get(i);
      String key =
          given == null
              ? ""
              : LicenseIdentities.withoutScancodePrefix(given.strip().toLowerCase(Locale.ROOT));
      if (!SCANCODE_KEY.matcher(key).matches() || key.length() > 100) {
        problems.add(
            UserErrorCode.INVALID_FORMAT,
            "A ScanCode key is lowercase letters, digits, '.', '_', '+' or '-'.",
            "input",
            "scancodeKeys",
            String.valueOf(i));
      } else if (!keys.contains(key)) {
        keys.add(key);
      }
    }
    if (keys.isEmpty() != (input.scancodeCategory() == null)) {
      problems.add(
          UserErrorCode.INVALID_FORMAT,
          "A ScanCode category is given with the ScanCode keys it belongs to, and only then.",
          "input",
          "scancodeCategory");
    }
    return keys;
  }

  private static List<String> textUrls(List<String> given, Problems problems) {
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      String url = problems.optionalUrl(given.get(i), "input", "textUrls", String.valueOf(i));
      if (url != null && url.length() > 500) {
        problems.add(
            UserErrorCode.INVALID_FORMAT,
            "A text URL is at most 500 characters.",
            "input",
            "textUrls",
            String.valueOf(i));
      } else if (url != null && !urls.contains(url)) {
        urls.add(url);
      }
    }
    return urls;
  }
}
