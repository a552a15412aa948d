package org.modelterms.licenses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.modelterms.history.Authored;
import org.modelterms.licenses.api.License;
import org.modelterms.licenses.api.LicenseRegisterInput;
import org.modelterms.licenses.api.LicenseUpdateInput;
import org.modelterms.persistence.Writes;
import org.modelterms.shared.changes.ModelFactsChanged;
import org.modelterms.shared.errors.Problems;
import org.modelterms.shared.errors.UserError;
import org.modelterms.shared.errors.UserErrorCode;
import org.modelterms.shared.errors.UserErrorsException;
import org.modelterms.sources.CitationSubject;
import org.modelterms.sources.SourceEditor;

/** Registers bespoke licences and changes licences' classifications and Hugging Face tags. */
@ApplicationScoped
@Transactional
@Authored
public class LicenseEditor {

  private static final Pattern LICENSE_REF =
      Pattern.compile("^LicenseRef-[A-Za-z0-9][A-Za-z0-9.-]*$");
  private static final Pattern TAG = Pattern.compile("^[a-z0-9][a-z0-9.+-]*$");

  private static final Map<String, UserError> CONSTRAINTS =
      Map.of(
          "license_key_lower_key",
          UserError.of(
              UserErrorCode.DUPLICATE, "A licence with this id exists.", "input", "identifier"),
          "license_alias_scheme_lower_key",
          UserError.of(
              UserErrorCode.DUPLICATE,
              "Another licence has one of these Hugging Face tags.",
              "input",
              "huggingFaceTags"));

  @Inject LicenseQueries licenses;
  @Inject SourceEditor sources;
  @Inject Event<ModelFactsChanged> factsChanged;

  public License register(LicenseRegisterInput input) {
    Problems problems = new Problems();
    String identifier = problems.requireText(input.identifier(), 100, "input", "identifier");
    if (identifier != null && !LICENSE_REF.matcher(identifier).matches()) {
      problems.add(
          UserErrorCode.INVALID_FORMAT,
          "A bespoke licence id is \"LicenseRef-\" followed by letters, digits, '.' or '-'.",
          "input",
          "identifier");
    } else if (identifier != null && licenses.findEntity(identifier).isPresent()) {
      problems.add(
          UserErrorCode.DUPLICATE, "A licence with this id or tag exists.", "input", "identifier");
    }
    LicenseEntity license = new LicenseEntity();
    license.key = identifier;
    license.name = problems.requireText(input.name(), 300, "input", "name");
    license.kind = input.kind();
    license.url = problems.optionalUrl(input.url(), "input", "url");
    license.spdxListed = false;
    List<String> tags = tags(input.huggingFaceTags(), null, problems);
    sources.validate(input.sources(), problems, "input", "sources");
    problems.throwIfAny();
    license.persist();
    license.replaceAliases(AliasScheme.HUGGING_FACE, tags);
    sources.cite(CitationSubject.LICENSE, license.id, input.sources());
    Writes.flush(CONSTRAINTS);
    return licenses.toApi(List.of(license)).get(0);
  }

  public License update(LicenseUpdateInput input) {
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
    Writes.checkRevision(input.expectedRevision(), license.version);
    Problems problems = new Problems();
    if (license.spdxListed && (input.name() != null || input.url() != null)) {
      problems.add(
          UserErrorCode.INVALID_FORMAT,
          "The name and URL of an SPDX-listed licence come from the SPDX list.",
          "input",
          input.name() != null ? "name" : "url");
    }
    if (input.name() != null) {
      license.name = problems.requireText(input.name(), 300, "input", "name");
    }
    if (input.url() != null) {
      license.url = problems.optionalUrl(input.url(), "input", "url");
    }
    if (input.kind() != null) {
      license.kind = input.kind();
    }
    List<String> tags =
        input.huggingFaceTags() == null ? null : tags(input.huggingFaceTags(), license, problems);
    problems.throwIfAny();
    if (tags != null) {
      license.replaceAliases(AliasScheme.HUGGING_FACE, tags);
    }
    Writes.flush(CONSTRAINTS);
    // A licence's kind decides whether it restricts use: every model's verdicts may change.
    factsChanged.fire(ModelFactsChanged.all());
    return licenses.toApi(List.of(license)).get(0);
  }

  /** Checks tags: lowercase, unique, and not naming another licence. */
  private List<String> tags(List<String> given, LicenseEntity owner, Problems problems) {
    List<String> tags = new ArrayList<>();
    if (given == null) {
      return tags;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String tag = given.get(i) == null ? "" : given.get(i).strip().toLowerCase(Locale.ROOT);
      String index = String.valueOf(i);
      if (!TAG.matcher(tag).matches() || tag.length() > 100) {
        problems.add(
            UserErrorCode.INVALID_FORMAT,
            "A Hugging Face licence tag is lowercase letters, digits, '.', '+' or '-'.",
            "input",
            "huggingFaceTags",
            index);
        continue;
      }
      if (!seen.add(tag)) {
        continue;
      }
      licenses
          .findEntity(tag)
          .filter(other -> owner == null || !other.id.equals(owner.id))
          .ifPresent(
              other ->
                  problems.add(
                      UserErrorCode.DUPLICATE,
                      "\"" + tag + "\" already names the licence " + other.key + ".",
                      "input",
                      "huggingFaceTags",
                      index));
      tags.add(tag);
    }
    return tags;
  }
}
