package org.modelterms.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modelterms.persistence.SqlRow;
import org.modelterms.policies.BindingRole;
import org.modelterms.policies.DocumentKind;
import org.modelterms.policies.RuleEffect;
import org.modelterms.policies.UseCategory;

/**
 * Reads the rows of a terms query: rows tagged T (a subject's row, with one document governing it
 * or none) and rows tagged R (the rules of the versions those rows name), in the columns {@link
 * FactsLoader}'s TERMS query names. The subject is a model there and a licence in {@link
 * LicenseTermsLoader}; its key is in model_id.
 */
final class TermsRows {

  private TermsRows() {}

  /** The documents governing each subject; each subject's first row goes to {@code heads}. */
  static Map<Long, List<TermsFacts>> read(List<SqlRow> termRows, Map<Long, SqlRow> heads) {
    Map<Long, List<RuleFacts>> rules = new HashMap<>();
    for (SqlRow row : termRows) {
      if ("R".equals(row.string("tag"))) {
        rules.computeIfAbsent(row.number("version_id"), k -> new ArrayList<>()).add(rule(row));
      }
    }
    Map<Long, List<TermsFacts>> result = new HashMap<>();
    for (SqlRow row : termRows) {
      if (!"T".equals(row.string("tag"))) {
        continue;
      }
      long subject = row.number("model_id");
      heads.putIfAbsent(subject, row);
      if (row.isNull("document_id")) {
        continue;
      }
      Long version = row.numberOrNull("version_id");
      result
          .computeIfAbsent(subject, k -> new ArrayList<>())
          .add(
              new TermsFacts(
                  row.number("document_id"),
                  row.string("slug"),
                  row.string("title"),
                  row.string("publisher"),
                  DocumentKind.valueOf(row.string("kind")),
                  TermsRelation.valueOf(row.string("relation")),
                  BindingRole.valueOf(row.string("role")),
                  row.isNull("license_id") ? null : LicenseInfo.of(row),
                  version,
                  row.string("label"),
                  row.date("effective_from"),
                  row.date("effective_to"),
                  version == null ? List.of() : rules.getOrDefault(version, List.of())));
    }
    return result;
  }

  /**
   * A rule row (tag R). The union names its columns after the subject rows that come first, so a
   * rule's key, use, effect, quote and conditions sit in the columns named model_id, relation,
   * role, slug and title; this is the one place that reads them.
   */
  private static RuleFacts rule(SqlRow row) {
    return new RuleFacts(
        row.number("model_id"),
        UseCategory.valueOf(row.string("relation")),
        RuleEffect.valueOf(row.string("role")),
        row.string("slug"),
        row.string("title"));
  }
}
