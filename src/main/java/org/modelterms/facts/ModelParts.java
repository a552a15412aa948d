package org.modelterms.facts;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.modelterms.models.Availability;
import org.modelterms.models.ComponentKind;
import org.modelterms.persistence.SqlRow;

/**
 * What many models are made of, read in one statement: their components with the licences each
 * names (rows tagged C), the licences each model's own expression names (L) and the licences their
 * sources declared (D: the scope in the kind column, the licence in availability).
 */
record ModelParts(
    Map<Long, Map<ComponentKind, ComponentFacts>> components,
    Map<Long, List<LicenseInfo>> licenses,
    Map<Long, Map<String, String>> declared) {

  static final ModelParts NONE = new ModelParts(Map.of(), Map.of(), Map.of());

  private static final String SQL =
      """
      select 'C' as tag, c.model_id, c.id as component_id, c.kind, c.availability,
             c.license_expression, c.declared_license, l.id as license_id, l.key, l.name,
             l.kind as license_kind, l.osi_approved, l.fsf_libre
      from ${component} c
      left join ${component_license} cl on cl.component_id = c.id
      left join ${license} l on l.id = cl.license_id
      where c.model_id = any(:models)
      union all
      select 'L', ml.model_id, null, null, null, null,
             null, l.id, l.key, l.name, l.kind, l.osi_approved, l.fsf_libre
      from ${model_license} ml join ${license} l on l.id = ml.license_id
      where ml.model_id = any(:models)
      union all
      select 'D', d.model_id, null, d.scope, d.license, null,
             null, null, null, null, null, null, null
      from ${model_declared_license} d where d.model_id = any(:models)
      order by 1, 3, 9
      """;

  /** Reads the parts of the models through {@code query}, which resolves the table placeholders. */
  static ModelParts read(Function<String, Query> query, Long[] keys) {
    Map<Long, Map<Long, SqlRow>> byComponent = new LinkedHashMap<>();
    Map<Long, List<LicenseInfo>> componentLicenses = new HashMap<>();
    Map<Long, List<LicenseInfo>> modelLicenses = new HashMap<>();
    Map<Long, Map<String, String>> declared = new HashMap<>();
    for (SqlRow row : SqlRow.list(query.apply(SQL).setParameter("models", keys))) {
      long model = row.number("model_id");
      switch (row.string("tag")) {
        case "C" -> {
          long component = row.number("component_id");
          byComponent
              .computeIfAbsent(model, m -> new LinkedHashMap<>())
              .putIfAbsent(component, row);
          if (!row.isNull("license_id")) {
            componentLicenses
                .computeIfAbsent(component, c -> new ArrayList<>())
                .add(LicenseInfo.of(row));
          }
        }
        case "L" ->
            modelLicenses.computeIfAbsent(model, m -> new ArrayList<>()).add(LicenseInfo.of(row));
        default ->
            declared
                .computeIfAbsent(model, m -> new HashMap<>())
                .put(row.string("kind"), row.string("availability"));
      }
    }
    Map<Long, Map<ComponentKind, ComponentFacts>> components = new HashMap<>();
    byComponent.forEach(
        (model, rows) -> {
          Map<ComponentKind, ComponentFacts> kinds = new EnumMap<>(ComponentKind.class);
          rows.forEach(
              (component, row) -> {
                ComponentKind kind = ComponentKind.valueOf(row.string("kind"));
                kinds.put(
                    kind,
                    new ComponentFacts(
                        component,
                        kind,
                        Availability.valueOf(row.string("availability")),
                        row.string("license_expression"),
                        row.string("declared_license"),
                        componentLicenses.getOrDefault(component, List.of())));
              });
          components.put(model, kinds);
        });
    return new ModelParts(components, modelLicenses, declared);
  }
}
