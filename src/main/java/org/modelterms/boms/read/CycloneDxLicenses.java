package org.modelterms.boms.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The {@code licenses} of a CycloneDX component, each as the document states it. */
final class CycloneDxLicenses {

  private CycloneDxLicenses() {}

  static void read(JsonNode component, String ref, ComponentDraft draft, List<String> warnings) {
    for (JsonNode choice : Json.items(component.path("licenses"))) {
      boolean concluded = "concluded".equalsIgnoreCase(Json.text(choice, "acknowledgement"));
      String expression = Json.text(choice, "expression");
      if (expression != null) {
        draft.license(
            new DeclaredLicense(DeclaredLicenseForm.SPDX_EXPRESSION, expression, null, concluded));
        continue;
      }
      JsonNode license = choice.path("license");
      if (!license.isObject()) {
        if (choice.isTextual() && !choice.asText().isBlank()) {
          warnings.add(ref + ": a licence is a bare string, read as a name.");
          draft.license(
              new DeclaredLicense(DeclaredLicenseForm.NAME, choice.asText().trim(), null, false));
        }
        continue;
      }
      concluded |= "concluded".equalsIgnoreCase(Json.text(license, "acknowledgement"));
      draft.license(license(license, ref, concluded, warnings));
    }
  }

  private static DeclaredLicense license(
      JsonNode license, String ref, boolean concluded, List<String> warnings) {
    String id = Json.text(license, "id");
    String name = Json.text(license, "name");
    String url = Json.text(license, "url");
    if (id != null) {
      if (name != null) {
        warnings.add(
            ref
                + ": licence '"
                + id
                + "' has both an id and a name (\""
                + name
                + "\"); the id was read.");
      }
      return new DeclaredLicense(DeclaredLicenseForm.SPDX_EXPRESSION, id, url, concluded);
    }
    if (name != null) {
      return new DeclaredLicense(DeclaredLicenseForm.NAME, name, url, concluded);
    }
    if (url != null) {
      return new DeclaredLicense(DeclaredLicenseForm.URL, url, null, concluded);
    }
    warnings.add(ref + ": a licence with neither id, name nor url was skipped.");
    return null;
  }
}
