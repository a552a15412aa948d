package org.modelterms.facts;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.modelterms.licenses.LicenseKind;
import org.modelterms.models.Availability;
import org.modelterms.models.ComponentKind;

/**
 * What many models are made of, read in one statement: their components with the licences each
 * names (rows tagged C), the licences each model's own expression names (L) and the licences their
 * sources declared (D).
 */
record ModelParts(
    Map<Long, Map<ComponentKind, ComponentFacts>> components,
    Map<Long, List<LicenseInfo>> licenses,
    Map<Long, Map<String, String>> declared) {

  static final ModelParts NONE = new ModelParts(Map.of(), Map.of(), Map.of());

  private static final String SQL =
      """
      select 'C', c.model_id, c.id, c.kind, c.availability, c.license_expression,
             c.declared_license, l.id, l.key, l.name, l.kind, l.osi_approved, l.fsf_libre
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
  @SuppressWarnings("unchecked")
  static ModelParts read(Function<String, Query> query, Long[] keys) {
    Map<Long, Map<Long, Object[]>> byComponent = new LinkedHashMap<>();
    Map<Long, List<LicenseInfo>> componentLicenses = new HashMap<>();
    Map<Long, List<LicenseInfo>> modelLicenses = new HashMap<>();
    Map<Long, Map<String, String>> declared = new HashMap<>();
    for (Object[] row :
        (List<Object[]>) query.apply(SQL).setParameter("models", keys).getResultList()) {
      long model = ((Number) row[1]).longValue();
      switch ((String) row[0]) {
        case "C" -> {
          long component = ((Number) row[2]).longValue();
          byComponent
              .computeIfAbsent(model, m -> new LinkedHashMap<>())
              .putIfAbsent(component, row);
          if (row[7] != null) {
            componentLicenses.computeIfAbsent(component, c -> new ArrayList<>()).add(license(row));
          }
        }
        case "L" -> modelLicenses.computeIfAbsent(model, m -> new ArrayList<>()).add(license(row));
        default ->
            declared
                .computeIfAbsent(model, m -> new HashMap<>())
                .put((String) row[3], (String) row[4]);
      }
    }
    Map<Long, Map<ComponentKind, ComponentFacts>> components = new HashMap<>();
    byComponent.forEach(
        (model, rows) -> {
          Map<ComponentKind, ComponentFacts> kinds = new EnumMap<>(ComponentKind.class);
          rows.forEach(
              (component, row) -> {
                ComponentKind kind = ComponentKind.valueOf((String) row[3]);
                kinds.put(
                    kind,
                    new ComponentFacts(
                        component,
                        kind,
                        Availability.valueOf((String) row[4]),
                        (String) row[5],
                        (String) row[6],
                        componentLicenses.getOrDefault(component, List.of())));
              });
          components.put(model, kinds);
        });
    return new ModelParts(components, modelLicenses, declared);
  }

  private static LicenseInfo license(Object[] row) {
    return new LicenseInfo(
        ((Number) row[7]).longValue(),
        (String) row[8],
        (String) row[9],
        LicenseKind.valueOf((String) row[10]),
        (Boolean) row[11],
        (Boolean) row[12]);
  }
}
