package org.modelterms.assessments.mof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelterms.openness.ContentType;

/**
 * Builds the MOT's licence table from its files: the SPDX License List with the MOT's own {@code
 * mof-licenses.json} merged over it, plus the licences the MOT counts as open data.
 */
public final class MotLicenseTables {

  /**
   * The open-data licences the MOT counts as open although the SPDX list flags most of them neither
   * OSI-approved nor FSF-libre.
   */
  public static final List<String> OPEN_DATA_LICENSES =
      List.of(
          "CC0-1.0",
          "CC-BY-1.0",
          "CC-BY-2.0",
          "CC-BY-2.5",
          "CC-BY-2.5-AU",
          "CC-BY-3.0",
          "CC-BY-3.0-AT",
          "CC-BY-3.0-AU",
          "CC-BY-3.0-DE",
          "CC-BY-3.0-IGO",
          "CC-BY-3.0-NL",
          "CC-BY-3.0-US",
          "CC-BY-4.0",
          "CC-BY-SA-1.0",
          "CC-BY-SA-2.0",
          "CC-BY-SA-2.0-UK",
          "CC-BY-SA-2.1-JP",
          "CC-BY-SA-2.5",
          "CC-BY-SA-3.0",
          "CC-BY-SA-3.0-AT",
          "CC-BY-SA-4.0",
          "CDLA-Permissive-1.0",
          "CDLA-Permissive-2.0",
          "CDLA-Sharing-1.0",
          "ODC-PDDL-1.0",
          "ODC-By-1.0",
          "ODbL-1.0",
          "GFDL-1.3",
          "OGL-Canada-2.0",
          "OGL-UK-2.0",
          "OGL-UK-3.0");

  /** The OpenMDW licence, open for the MOT although neither OSI-approved nor FSF-libre. */
  public static final String OPEN_MDW = "OpenMDW-1.0";

  private static final ObjectMapper JSON = new ObjectMapper();

  private MotLicenseTables() {}

  /**
   * Builds the policy from the SPDX License List JSON and the MOT's {@code mof-licenses.json}.
   *
   * <p>Entries are merged in order (SPDX list, then the MOT's table), a later entry's OSI / FSF
   * flags replacing an earlier one's. Content types come only from the MOT's table, and are
   * collected over all its entries for an id: the table lists CC0-1.0 and CC-PDDC once as data and
   * once as document licences, meaning both.
   */
  public static MotLicensePolicy fromFiles(Path spdxLicensesJson, Path mofLicensesJson)
      throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    mergeList(entries, JSON.readTree(spdxLicensesJson.toFile()), spdxLicensesJson, false);
    mergeList(entries, JSON.readTree(mofLicensesJson.toFile()), mofLicensesJson, true);
    for (String id : OPEN_DATA_LICENSES) {
      entries.computeIfAbsent(id, k -> new Entry()).openData = true;
    }
    entries.computeIfAbsent(OPEN_MDW, k -> new Entry()).openData = true;

    Map<String, LicenseFacts> facts = new LinkedHashMap<>();
    entries.forEach((id, entry) -> facts.put(id, entry.toFacts()));
    return new MotLicensePolicy(facts);
  }

  private static void mergeList(
      Map<String, Entry> entries, JsonNode root, Path source, boolean withContentTypes) {
    JsonNode licenses = root.path("licenses");
    if (!licenses.isArray()) {
      throw new IllegalArgumentException(source + " has no 'licenses' list");
    }
    for (JsonNode license : licenses) {
      String id = license.path("licenseId").asText(null);
      if (id == null) {
        throw new IllegalArgumentException(source + " has a licence without 'licenseId'");
      }
      Entry entry = entries.computeIfAbsent(id, k -> new Entry());
      entry.osiApproved = license.path("isOsiApproved").asBoolean(false);
      entry.fsfLibre = license.path("isFsfLibre").asBoolean(false);
      if (withContentTypes) {
        addContentTypes(entry.contentTypes, license.path("ContentType"), source, id);
      }
    }
  }

  /** {@code ContentType} is a single string or a list of strings. */
  private static void addContentTypes(
      Set<ContentType> into, JsonNode contentType, Path source, String id) {
    if (contentType.isMissingNode() || contentType.isNull()) {
      return;
    }
    Iterable<JsonNode> values = contentType.isArray() ? contentType : List.of(contentType);
    for (JsonNode value : values) {
      into.add(
          ContentType.fromMotName(value.asText())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          source + ": licence " + id + " has unknown ContentType " + value)));
    }
  }

  private static final class Entry {
    boolean osiApproved;
    boolean fsfLibre;
    boolean openData;
    final Set<ContentType> contentTypes = EnumSet.noneOf(ContentType.class);

    LicenseFacts toFacts() {
      return new LicenseFacts(osiApproved, fsfLibre, openData, contentTypes);
    }
  }
}
