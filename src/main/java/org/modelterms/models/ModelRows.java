package org.modelterms.models;

import io.vertx.core.json.JsonArray;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.modelterms.models.api.Component;
import org.modelterms.models.api.Model;
import org.modelterms.models.api.Openness;
import org.modelterms.organizations.api.Organization;
import org.modelterms.persistence.SqlRow;

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
          + " p.slug as provider_slug, p.name as provider_name, p.country as provider_country,"
          + " p.website as provider_website, p.version as provider_version,"
          + " (select string_agg(cast(ml.license_id as text), ',' order by l.key)"
          + " from model_license ml join license l on l.id = ml.license_id"
          + " where ml.model_id = m.id) as license_keys,"
          + " (select string_agg(c.kind || '=' || c.availability, ',') from component c"
          + " where c.model_id = m.id and c.kind in ("
          + SUMMARY_KINDS
          + ")) as openness,"
          // Today's verdict from the verdict index, while valid (OpennessIndex's rule for stale).
          + " (select a.osaid_verdict from model_assessment a where a.model_id = m.id"
          + " and (a.valid_until is null or a.valid_until > cast(:today as date))) as osaid_verdict,"
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
          + " from component c where c.model_id = m.id) as components";

  private static final String MODEL_WITH_COMPONENTS =
      MODEL.replace(FROM_MODEL, COMPONENTS_OF_MODEL + FROM_MODEL);

  private static final String COMPONENT =
      "select c.id, c.model_id, c.kind, c.availability, c.license_expression, c.url, c.notes,"
          + " c.version, (select string_agg(cast(cl.license_id as text), ',' order by l.key)"
          + " from component_license cl join license l on l.id = cl.license_id"
          + " where cl.component_id = c.id) as license_keys"
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
    return rows(select + condition, withToday, ModelRows::model);
  }

  /** Components matching a condition on {@code c}, ordered by model and kind. */
  static List<Component> components(String condition, Map<String, Object> params) {
    return rows(
        COMPONENT + condition + " order by c.model_id, c.kind",
        params,
        row ->
            new Component(
                row.number("id"),
                row.number("model_id"),
                ComponentKind.valueOf(row.string("kind")),
                Availability.valueOf(row.string("availability")),
                row.string("license_expression"),
                row.string("url"),
                row.string("notes"),
                (int) row.number("version"),
                keys(row.string("license_keys"))));
  }

  private static <T> List<T> rows(
      String sql, Map<String, Object> params, Function<SqlRow, T> read) {
    EntityManager em = ModelEntity.getEntityManager();
    var query = em.createNativeQuery(sql);
    params.forEach(query::setParameter);
    return SqlRow.list(query, read);
  }

  private static Model model(SqlRow row) {
    long key = row.number("id");
    long providerKey = row.number("provider_id");
    return new Model(
        key,
        row.string("slug"),
        row.string("name"),
        row.string("hugging_face_id"),
        providerKey,
        row.date("released_on"),
        row.numberOrNull("parameter_count"),
        row.enumOrNull(Modality.class, "modality"),
        row.string("description"),
        row.string("license_expression"),
        row.numberOrNull("base_model_id"),
        row.enumOrNull(BaseRelation.class, "base_relation"),
        (int) row.number("version"),
        new Organization(
            providerKey,
            row.string("provider_slug"),
            row.string("provider_name"),
            row.string("provider_country"),
            row.string("provider_website"),
            (int) row.number("provider_version")),
        keys(row.string("license_keys")),
        openness(row.string("openness")),
        row.string("osaid_verdict"),
        row.has("components") ? componentsOf(key, row.string("components")) : null,
        row.string("osaid_note"));
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
}
