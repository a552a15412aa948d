package org.modelterms.models;

import io.vertx.core.json.JsonArray;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.modelterms.models.api.Component;
import org.modelterms.models.api.Model;
import org.modelterms.models.api.Openness;
import org.modelterms.organizations.api.Organization;

/**
 * Reads models and components as rows (no entities), each with what its page shows beside it in the
 * same statement: a model with its provider, the keys of the licences it names and its openness
 * summary; a component with the keys of its licences.
 */
final class ModelRows {

  private static final String FROM_MODEL =
      " from model m join organization p on p.id = m.provider_id where ";

  /** The kinds the openness summary reads. */
  private static final String SUMMARY_KINDS =
      Stream.of(OpennessSummary.WEIGHTS, OpennessSummary.CODE, OpennessSummary.DATA)
          .flatMap(List::stream)
          .map(k -> "'" + k.name() + "'")
          .collect(Collectors.joining(", "));

  private static final String MODEL =
      "select m.id, m.slug, m.name, m.hugging_face_id, m.provider_id, m.released_on,"
          + " m.parameter_count, m.modality, m.description, m.license_expression,"
          + " m.base_model_id, m.base_relation, m.version,"
          + " p.slug, p.name, p.country, p.website, p.version,"
          + " (select string_agg(cast(ml.license_id as text), ',' order by l.key)"
          + " from model_license ml join license l on l.id = ml.license_id"
          + " where ml.model_id = m.id),"
          + " (select string_agg(c.kind || '=' || c.availability, ',') from component c"
          + " where c.model_id = m.id and c.kind in ("
          + SUMMARY_KINDS
          + ")),"
          // Today's verdict from the verdict index, while valid (OpennessIndex's rule for stale).
          + " (select a.osaid_verdict from model_assessment a where a.model_id = m.id"
          + " and (a.valid_until is null or a.valid_until > cast(:today as date))),"
          + " m.osaid_note"
          + FROM_MODEL;

  /**
   * A model's components as one JSON text, in the order of {@link #components}: for a single
   * model's lookup, whose page nearly always shows them, this saves a round trip.
   */
  private static final String COMPONENTS_OF_MODEL =
      ", (select cast(json_agg(json_build_array(c.id, c.kind, c.availability,"
          + " c.license_expression, c.url, c.notes, c.version,"
          + " (select string_agg(cast(cl.license_id as text), ',' order by l.key)"
          + " from component_license cl join license l on l.id = cl.license_id"
          + " where cl.component_id = c.id)) order by c.kind) as text)"
          + " from component c where c.model_id = m.id)";

  private static final String MODEL_WITH_COMPONENTS =
      MODEL.replace(FROM_MODEL, COMPONENTS_OF_MODEL + FROM_MODEL);

  private static final String COMPONENT =
      "select c.id, c.model_id, c.kind, c.availability, c.license_expression, c.url, c.notes,"
          + " c.version, (select string_agg(cast(cl.license_id as text), ',' order by l.key)"
          + " from component_license cl join license l on l.id = cl.license_id"
          + " where cl.component_id = c.id)"
          + " from component c where ";

  private ModelRows() {}

  /** Models matching a condition on {@code m} (model) and {@code p} (provider), unordered. */
  static List<Model> models(String condition, Map<String, Object> params) {
    return models(MODEL, condition, params);
  }

  /** Like {@link #models}, each model with its components (for lookups of one model). */
  static List<Model> modelsWithComponents(String condition, Map<String, Object> params) {
    return models(MODEL_WITH_COMPONENTS, condition, params);
  }

  private static List<Model> models(String select, String condition, Map<String, Object> params) {
    Map<String, Object> withToday = new HashMap<>(params);
    withToday.put("today", LocalDate.now().toString());
    List<Model> models = new ArrayList<>();
    for (Object[] row : rows(select + condition, withToday)) {
      models.add(model(row));
    }
    return models;
  }

  /** Components matching a condition on {@code c}, ordered by model and kind. */
  static List<Component> components(String condition, Map<String, Object> params) {
    List<Component> components = new ArrayList<>();
    for (Object[] row : rows(COMPONENT + condition + " order by c.model_id, c.kind", params)) {
      components.add(
          new Component(
              number(row[0]),
              number(row[1]),
              ComponentKind.valueOf((String) row[2]),
              Availability.valueOf((String) row[3]),
              (String) row[4],
              (String) row[5],
              (String) row[6],
              (int) number(row[7]),
              keys((String) row[8])));
    }
    return components;
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(String sql, Map<String, Object> params) {
    EntityManager em = ModelEntity.getEntityManager();
    var query = em.createNativeQuery(sql, Object[].class);
    params.forEach(query::setParameter);
    return query.getResultList();
  }

  private static Model model(Object[] row) {
    long providerKey = number(row[4]);
    return new Model(
        number(row[0]),
        (String) row[1],
        (String) row[2],
        (String) row[3],
        providerKey,
        localDate(row[5]),
        row[6] == null ? null : number(row[6]),
        row[7] == null ? null : Modality.valueOf((String) row[7]),
        (String) row[8],
        (String) row[9],
        row[10] == null ? null : number(row[10]),
        row[11] == null ? null : BaseRelation.valueOf((String) row[11]),
        (int) number(row[12]),
        new Organization(
            providerKey,
            (String) row[13],
            (String) row[14],
            (String) row[15],
            (String) row[16],
            (int) number(row[17])),
        keys((String) row[18]),
        openness((String) row[19]),
        (String) row[20],
        row.length > 22 ? componentsOf(number(row[0]), (String) row[22]) : null,
        (String) row[21]);
  }

  private static List<Component> componentsOf(long modelKey, String json) {
    List<Component> components = new ArrayList<>();
    if (json != null) {
      for (Object element : new JsonArray(json)) {
        JsonArray c = (JsonArray) element;
        components.add(
            new Component(
                c.getLong(0),
                modelKey,
                ComponentKind.valueOf(c.getString(1)),
                Availability.valueOf(c.getString(2)),
                c.getString(3),
                c.getString(4),
                c.getString(5),
                c.getInteger(6),
                keys(c.getString(7))));
      }
    }
    return components;
  }

  private static Openness openness(String states) {
    Map<ComponentKind, Availability> of = new EnumMap<>(ComponentKind.class);
    if (states != null) {
      for (String state : states.split(",")) {
        int at = state.indexOf('=');
        of.put(
            ComponentKind.valueOf(state.substring(0, at)),
            Availability.valueOf(state.substring(at + 1)));
      }
    }
    return new Openness(
        OpennessSummary.weights(of), OpennessSummary.code(of), OpennessSummary.data(of));
  }

  private static List<Long> keys(String joined) {
    if (joined == null) {
      return List.of();
    }
    return Stream.of(joined.split(",")).map(Long::valueOf).toList();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  private static LocalDate localDate(Object value) {
    if (value == null || value instanceof LocalDate) {
      return (LocalDate) value;
    }
    return ((Date) value).toLocalDate();
  }
}
