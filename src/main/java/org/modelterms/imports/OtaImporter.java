package org.modelterms.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.modelterms.history.Authored;
import org.modelterms.policies.DocumentKind;
import org.modelterms.policies.PolicyDocumentEntity;
import org.modelterms.policies.PolicyEditor;
import org.modelterms.policies.PolicyVersionEntity;
import org.modelterms.policies.api.PolicyDocumentRegisterInput;
import org.modelterms.policies.api.PolicyVersionPublishInput;
import org.modelterms.shared.errors.UserError;
import org.modelterms.shared.errors.UserErrorCode;
import org.modelterms.shared.errors.UserErrorsException;
import org.modelterms.sources.Confidence;
import org.modelterms.sources.api.SourceInput;

/**
 * Imports one Open Terms Archive record of a document as a policy version: texts that differ from a
 * version already held only in formatting are skipped; the effective date is the one the text
 * states, else the day the archive recorded it. Rules are not derived from texts: they are curated,
 * with their quotes.
 */
@ApplicationScoped
@Transactional
@Authored
public class OtaImporter {

  static final String ARCHIVE =
      "https://github.com/OpenTermsArchive/GenAI-versions/blob/25c0c33699bf/";
  static final String ATTRIBUTION = "Open Terms Archive contributors";
  private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$");
  private static final DateTimeFormatter FILE_NAME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'");

  public record Result(long documentKey, Long versionKey, ImportOutcome outcome) {}

  /** Far above any real terms document (the largest in the archive are tens of kilobytes). */
  static final int MAX_TEXT = 1_000_000;

  @Inject PolicyEditor editor;

  public Result importRecord(
      String service, String document, OffsetDateTime recordedAt, String text) {
    for (String[] name : new String[][] {{service, "service"}, {document, "document"}}) {
      if (name[0] == null || !NAME.matcher(name[0]).matches()) {
        throw new UserErrorsException(
            UserError.of(
                UserErrorCode.INVALID_FORMAT,
                "A name of letters, digits, spaces, '.', '_' or '-' is expected (no paths).",
                "input",
                name[1]));
      }
    }
    if (text == null || text.isBlank()) {
      throw new UserErrorsException(
          UserError.of(UserErrorCode.REQUIRED, "The text is empty.", "input", "text"));
    }
    if (text.length() > MAX_TEXT) {
      throw new UserErrorsException(
          UserError.of(
              UserErrorCode.TOO_LONG,
              "A record may hold at most " + MAX_TEXT + " characters.",
              "input",
              "text"));
    }
    if (recordedAt.isAfter(OffsetDateTime.now().plusMinutes(5))) {
      throw new UserErrorsException(
          UserError.of(
              UserErrorCode.OUT_OF_RANGE,
              "A record cannot have been recorded in the future.",
              "input",
              "recordedAt"));
    }
    String slug = Slugs.of(service + "-" + document);
    boolean created = false;
    PolicyDocumentEntity doc =
        PolicyDocumentEntity.<PolicyDocumentEntity>find("slug", slug).firstResult();
    if (doc == null) {
      doc =
          editor.registerDocument(
              new PolicyDocumentRegisterInput(
                  slug,
                  service + " " + document.replace('-', ' '),
                  document.toLowerCase().contains("terms")
                      ? DocumentKind.TERMS
                      : DocumentKind.USE_POLICY,
                  null,
                  null,
                  null,
                  null,
                  null,
                  List.of(source(service, document, null, recordedAt))));
      created = true;
    }
    String normalised = normalise(text);
    List<PolicyVersionEntity> versions =
        PolicyVersionEntity.list("documentId = ?1 order by effectiveFrom", doc.id);
    for (PolicyVersionEntity v : versions) {
      if (v.text != null && normalise(v.text).equals(normalised)) {
        return new Result(doc.id, v.id, created ? ImportOutcome.CREATED : ImportOutcome.UNCHANGED);
      }
    }
    Optional<StatedDate> stated = StatedDate.find(text);
    LocalDate recorded = recordedAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    PolicyVersionEntity latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
    LocalDate statedOrRecorded = stated.map(StatedDate::date).orElse(recorded);
    // A changed text without a new stated date took effect when it was recorded.
    LocalDate from =
        latest != null && !statedOrRecorded.isAfter(latest.effectiveFrom)
            ? recorded
            : statedOrRecorded;
    if (latest != null && !from.isAfter(latest.effectiveFrom)) {
      return new Result(doc.id, latest.id, ImportOutcome.UNCHANGED);
    }
    String label =
        stated
            .filter(s -> s.date().equals(from))
            .map(StatedDate::words)
            .orElse(
                "Recorded "
                    + recordedAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                    + "Z");
    if (versions.stream().anyMatch(v -> v.label.equals(label))) {
      return new Result(doc.id, latest == null ? null : latest.id, ImportOutcome.UNCHANGED);
    }
    PolicyVersionEntity version =
        editor.publishVersion(
            new PolicyVersionPublishInput(
                slug,
                label,
                from,
                null,
                sourceUrl(service, document, recordedAt),
                recorded,
                text,
                List.of(),
                List.of(source(service, document, label, recordedAt))));
    return new Result(doc.id, version.id, created ? ImportOutcome.CREATED : ImportOutcome.UPDATED);
  }

  /**
   * Texts that differ only in formatting are equal: Markdown marks, link targets, list markers and
   * numbering, punctuation, case and spacing are not part of what a policy says.
   */
  static String normalise(String text) {
    return text.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
        .replaceAll("(?m)^[=\\-]{3,}\\s*$", "")
        .replaceAll("(?m)^\\s*(?:(?:[*+\\-]|\\(?\\d{1,3}[.)]|\\(?[a-z][.)])\\s+)+", "")
        .replaceAll("[^\\p{L}\\p{N}\\s]", "")
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(java.util.Locale.ROOT);
  }

  private static String sourceUrl(String service, String document, OffsetDateTime recordedAt) {
    return ARCHIVE
        + service.replace(" ", "%20")
        + "/"
        + document.replace(" ", "%20")
        + "/"
        + recordedAt.withOffsetSameInstant(ZoneOffset.UTC).format(FILE_NAME)
        + ".md";
  }

  private static SourceInput source(
      String service, String document, String label, OffsetDateTime recordedAt) {
    return new SourceInput(
        sourceUrl(service, document, recordedAt),
        "Open Terms Archive record of "
            + service
            + " "
            + document
            + (label == null ? "" : " (" + label + ")"),
        ATTRIBUTION + " (ODC-By-1.0)",
        null,
        recordedAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
        Confidence.SECONDARY,
        null,
        null);
  }
}
