package org.modelterms.boms.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.modelterms.licenses.SpdxLicenseList;

/**
 * The licences an SPDX 3 package declares or concludes: the targets of its {@code
 * hasDeclaredLicense} and {@code hasConcludedLicense} relationships, which are licence elements,
 * listed-licence IRIs or, in broken files, bare strings.
 */
final class Spdx3Licenses {

  private static final String LISTED = "https://spdx.org/licenses/";

  private static volatile Set<String> listedIds;

  private Spdx3Licenses() {}

  static void read(Spdx3Graph graph, String id, ComponentDraft draft, List<String> warnings) {
    for (String[] pair : graph.relationships("hasDeclaredLicense")) {
      if (pair[0].equals(id)) {
        draft.license(license(graph, pair[1], false, draft.ref, warnings));
      }
    }
    for (String[] pair : graph.relationships("hasConcludedLicense")) {
      if (pair[0].equals(id)) {
        draft.license(license(graph, pair[1], true, draft.ref, warnings));
      }
    }
  }

  /** The SPDX 2 properties some converters still write; read when no relationship says more. */
  static void readLegacy(
      Spdx3Graph graph, JsonNode element, ComponentDraft draft, List<String> warnings) {
    String declared = Json.text(element, "licenseDeclared");
    String concluded = Json.text(element, "licenseConcluded");
    if (declared == null && concluded == null) {
      return;
    }
    warnings.add(
        draft.ref
            + ": licenseDeclared/licenseConcluded are SPDX 2 properties, not SPDX 3.0.1; read.");
    if (declared != null) {
      draft.license(new DeclaredLicense(formOf(declared), declared, null, false));
    }
    if (concluded != null) {
      draft.license(new DeclaredLicense(formOf(concluded), concluded, null, true));
    }
  }

  private static DeclaredLicense license(
      Spdx3Graph graph, String target, boolean concluded, String ref, List<String> warnings) {
    JsonNode element = graph.element(target);
    if (element != null) {
      String type = Spdx3Graph.type(element);
      String expression = graph.text(element, "simplelicensing", "licenseExpression");
      if (expression != null) {
        return new DeclaredLicense(
            DeclaredLicenseForm.SPDX_EXPRESSION, expression, null, concluded);
      }
      String name = Json.text(element, "name");
      if (type.equals("ListedLicense") || (name == null && target.startsWith(LISTED))) {
        return new DeclaredLicense(
            DeclaredLicenseForm.SPDX_EXPRESSION, lastSegment(target), null, concluded);
      }
      if (name == null) {
        warnings.add(ref + ": licence " + target + " (" + type + ") has no name; read by its id.");
        name = target;
      }
      String url =
          Json.text(
              Json.items(graph.get(element, "expandedlicensing", "seeAlso")).stream()
                  .findFirst()
                  .orElse(null));
      return new DeclaredLicense(DeclaredLicenseForm.NAME, name, url, concluded);
    }
    if (target.startsWith(LISTED)) {
      return new DeclaredLicense(
          DeclaredLicenseForm.SPDX_EXPRESSION, lastSegment(target), null, concluded);
    }
    warnings.add(
        ref
            + ": a licence relationship points to '"
            + target
            + "', which is no element; read as written.");
    return new DeclaredLicense(formOf(target), target, null, concluded);
  }

  /**
   * How a licence written as a bare string reads: an SPDX id, {@code LicenseRef-…} or expression,
   * else a name (a Hugging Face licence id such as {@code llama3.1} among them).
   */
  static DeclaredLicenseForm formOf(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("licenseref-")
        || lower.contains(" and ")
        || lower.contains(" or ")
        || lower.contains(" with ")
        || listedIds()
            .contains(lower.endsWith("+") ? lower.substring(0, lower.length() - 1) : lower)) {
      return DeclaredLicenseForm.SPDX_EXPRESSION;
    }
    return DeclaredLicenseForm.NAME;
  }

  private static Set<String> listedIds() {
    Set<String> ids = listedIds;
    if (ids == null) {
      ids =
          SpdxLicenseList.bundled().licenses().stream()
              .map(l -> l.licenseId().toLowerCase(Locale.ROOT))
              .collect(Collectors.toUnmodifiableSet());
      listedIds = ids;
    }
    return ids;
  }

  private static String lastSegment(String iri) {
    return iri.substring(iri.lastIndexOf('/') + 1);
  }
}
