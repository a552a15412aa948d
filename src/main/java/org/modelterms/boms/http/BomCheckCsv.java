package org.modelterms.boms.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.modelterms.boms.api.BomCheck;
import org.modelterms.boms.api.BomComponentCheck;
import org.modelterms.boms.api.BomFlag;
import org.modelterms.boms.api.BomResolution;
import org.modelterms.boms.api.BomUseVerdict;
import org.modelterms.boms.read.BomComponentType;
import org.modelterms.licenses.api.License;
import org.modelterms.models.api.Model;
import org.modelterms.permissions.api.DecidingRule;
import org.modelterms.sources.api.Citation;

/**
 * A check as CSV (RFC 4180): a row per model and use asked, and one row with no use for a model
 * that has no verdicts (UNRESOLVED). Data sets are not judged and have no row.
 */
final class BomCheckCsv {

  static final List<String> HEADER =
      List.of(
          "ref",
          "name",
          "huggingFaceId",
          "resolution",
          "how",
          "model",
          "baseModel",
          "licenses",
          "flags",
          "use",
          "verdict",
          "conditions",
          "explanation",
          "sources");

  private BomCheckCsv() {}

  static String write(BomCheck check) {
    StringBuilder csv = new StringBuilder();
    row(csv, HEADER);
    for (BomComponentCheck c : check.components()) {
      if (c.type() != BomComponentType.MODEL) {
        continue;
      }
      List<String> component = componentColumns(c);
      if (c.verdicts().isEmpty()) {
        List<String> cells = new ArrayList<>(component);
        cells.addAll(List.of("", "", "", "", ""));
        row(csv, cells);
      }
      for (BomUseVerdict v : c.verdicts()) {
        List<String> cells = new ArrayList<>(component);
        cells.add(v.use().name());
        cells.add(v.verdict().name());
        cells.add(String.join("; ", v.conditions()));
        cells.add(v.explanation());
        cells.add(String.join(" ", sources(v)));
        row(csv, cells);
      }
    }
    return csv.toString();
  }

  private static List<String> componentColumns(BomComponentCheck c) {
    BomResolution r = c.resolution();
    List<String> cells = new ArrayList<>();
    cells.add(c.ref());
    cells.add(c.name());
    cells.add(c.huggingFaceId());
    cells.add(r == null ? "" : r.path().name());
    cells.add(r == null ? "" : r.how());
    cells.add(r == null ? "" : slug(r.model()));
    cells.add(r == null ? "" : slug(r.baseModel()));
    cells.add(
        r == null ? "" : String.join(" ", r.licenses().stream().map(License::identifier).toList()));
    cells.add(String.join(" ", c.flags().stream().map(BomFlag::code).map(Enum::name).toList()));
    return cells;
  }

  private static String slug(Model model) {
    return model == null ? "" : model.slug();
  }

  /** The sources of the deciding clauses, each once, in order. */
  static List<String> sources(BomUseVerdict v) {
    Set<String> urls = new LinkedHashSet<>();
    for (DecidingRule rule : v.rules()) {
      for (Citation citation : rule.sources()) {
        urls.add(citation.source().url());
      }
    }
    return List.copyOf(urls);
  }

  private static void row(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(quoted(cells.get(i)));
    }
    csv.append("\r\n");
  }

  /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
  static String quoted(String value) {
    if (value == null) {
      return "";
    }
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
