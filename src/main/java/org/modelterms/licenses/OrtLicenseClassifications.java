package org.modelterms.licenses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.modelterms.persistence.SqlRow;

/**
 * The registry's licences as an OSS Review Toolkit {@code license-classifications.yml}: each
 * licence under the category of its kind and of its ScanCode category, so that ORT's rules can
 * refer to them. Licences that scanners report by ScanCode key ({@code LicenseRef-scancode-…}) are
 * listed under that id too.
 */
@ApplicationScoped
public class OrtLicenseClassifications {

  static final String SCANCODE_CATEGORY_PREFIX = "scancode-";

  private static final YAMLMapper YAML =
      new YAMLMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .build());

  private static final String LICENSES =
      """
      select l.key, l.kind, l.scancode_category, l.spdx_listed,
             string_agg(a.alias, ' ' order by a.alias) as scancode_keys
      from license l
      left join license_alias a on a.license_id = l.id and a.scheme = 'SCANCODE'
      group by l.id
      order by lower(l.key)
      """;

  @Inject EntityManager em;

  /** The file's text. */
  // Routes outside GraphQL have no request, which picks the database to read.
  @ActivateRequestContext
  @Transactional
  public String yaml() {
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("categories", categories());
    file.put("categorizations", categorizations());
    try {
      return YAML.writeValueAsString(file);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A licence kind's category: {@code RESPONSIBLE_AI} is {@code responsible-ai}. */
  static String category(LicenseKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A ScanCode category's: {@code PROPRIETARY_FREE} is {@code scancode-proprietary-free}. */
  static String category(ScancodeCategory category) {
    return SCANCODE_CATEGORY_PREFIX + category.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static List<Map<String, String>> categories() {
    List<Map<String, String>> categories = new ArrayList<>();
    for (LicenseKind kind : LicenseKind.values()) {
      categories.add(
          named(category(kind), "ModelTerms licence kind " + kind.name() + ": " + describe(kind)));
    }
    for (ScancodeCategory category : ScancodeCategory.values()) {
      categories.add(
          named(category(category), "ScanCode LicenseDB category \"" + category.label() + "\"."));
    }
    return categories;
  }

  private static Map<String, String> named(String name, String description) {
    Map<String, String> category = new LinkedHashMap<>();
    category.put("name", name);
    category.put("description", description);
    return category;
  }

  private List<Map<String, Object>> categorizations() {
    List<SqlRow> rows = SqlRow.list(em.createNativeQuery(LICENSES));
    Set<String> ids = new LinkedHashSet<>();
    rows.forEach(r -> ids.add(r.string("key").toLowerCase(Locale.ROOT)));
    List<Map<String, Object>> entries = new ArrayList<>();
    List<Map<String, Object>> scancodeIds = new ArrayList<>();
    for (SqlRow row : rows) {
      List<String> categories = new ArrayList<>();
      categories.add(category(LicenseKind.valueOf(row.string("kind"))));
      ScancodeCategory scancode = row.enumOrNull(ScancodeCategory.class, "scancode_category");
      if (scancode != null) {
        categories.add(category(scancode));
      }
      entries.add(entry(row.string("key"), categories));
      // Scanners name an SPDX-listed licence by its SPDX id, a bespoke one by its ScanCode key.
      if (!row.bool("spdx_listed") && !row.isNull("scancode_keys")) {
        for (String key : row.string("scancode_keys").split(" ")) {
          String id = "LicenseRef-scancode-" + key;
          if (ids.add(id.toLowerCase(Locale.ROOT))) {
            scancodeIds.add(entry(id, categories));
          }
        }
      }
    }
    entries.addAll(scancodeIds);
    return entries;
  }

  private static Map<String, Object> entry(String id, List<String> categories) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", id);
    entry.put("categories", categories);
    return entry;
  }

  private static String describe(LicenseKind kind) {
    try {
      Description description =
          LicenseKind.class.getField(kind.name()).getAnnotation(Description.class);
      return description == null ? "" : description.value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
