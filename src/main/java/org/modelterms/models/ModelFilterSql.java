package org.modelterms.models;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modelterms.licenses.LicenseQueries;
import org.modelterms.licenses.api.License;
import org.modelterms.models.api.ModelFilter;
import org.modelterms.persistence.Like;

/**
 * A {@link ModelFilter} as SQL conditions on {@code m} (model) joined with {@code p} (its
 * provider), so that a page of models is read as rows in one statement ({@link ModelRows}).
 */
final class ModelFilterSql {

  private ModelFilterSql() {}

  /** Appends " and …" for each condition of the filter, with its parameters. */
  static void append(
      ModelFilter filter,
      StringBuilder where,
      Map<String, Object> params,
      LicenseQueries licenses) {
    if (filter == null) {
      return;
    }
    if (filter.provider() != null) {
      where.append(" and p.slug = :provider");
      params.put("provider", filter.provider().strip().toLowerCase(Locale.ROOT));
    }
    if (filter.license() != null) {
      // An unknown licence matches nothing rather than everything.
      long licenseKey = licenses.find(filter.license()).map(License::key).orElse(-1L);
      where.append(
          " and (exists (select 1 from model_license ml where ml.model_id = m.id and"
              + " ml.license_id = :license) or exists (select 1 from component c join"
              + " component_license cl on cl.component_id = c.id where c.model_id = m.id and"
              + " cl.license_id = :license))");
      params.put("license", licenseKey);
    }
    if (filter.modality() != null) {
      where.append(" and m.modality = :modality");
      params.put("modality", filter.modality().name());
    }
    if (filter.releasedFrom() != null) {
      where.append(" and m.released_on >= :releasedFrom");
      params.put("releasedFrom", filter.releasedFrom());
    }
    if (filter.releasedBefore() != null) {
      where.append(" and m.released_on < :releasedBefore");
      params.put("releasedBefore", filter.releasedBefore());
    }
    if (filter.search() != null && !filter.search().isBlank()) {
      where.append(
          " and (lower(m.name) like :search or m.slug like :search"
              + " or lower(m.hugging_face_id) like :search)");
      params.put("search", Like.containing(filter.search()));
    }
    if (filter.baseModel() != null) {
      long baseKey =
          ModelLookup.bySlugOrHuggingFaceId(filter.baseModel()).map(b -> b.id).orElse(-1L);
      where.append(" and m.base_model_id = :base");
      params.put("base", baseKey);
    }
    if (filter.osaid() != null) {
      where.append(
          " and exists (select 1 from model_assessment a where a.model_id = m.id and"
              + " a.osaid_verdict = :osaid)");
      params.put("osaid", filter.osaid().name());
    }
    if (filter.mofClass() != null) {
      where.append(
          " and exists (select 1 from model_assessment a where a.model_id = m.id and"
              + " a.mof_class = :mofClass)");
      params.put("mofClass", filter.mofClass().name());
    }
    if (filter.country() != null) {
      where.append(" and p.country = :country");
      params.put("country", filter.country().strip().toUpperCase(Locale.ROOT));
    }
    appendOpenness("weights", OpennessSummary.WEIGHTS, filter.weights(), where, params);
    appendOpenness("code", OpennessSummary.CODE, filter.code(), where, params);
    appendOpenness("data", OpennessSummary.DATA, filter.data(), where, params);
  }

  /**
   * Keeps the models whose summary over {@code kinds} is {@code wanted}, counting in SQL exactly as
   * {@link OpennessSummary#combine} decides (a missing component counts as unknown).
   */
  private static void appendOpenness(
      String name,
      List<ComponentKind> kinds,
      Availability wanted,
      StringBuilder where,
      Map<String, Object> params) {
    if (wanted == null) {
      return;
    }
    List<Availability> available = List.of(Availability.AVAILABLE);
    List<Availability> withheld = List.of(Availability.NOT_AVAILABLE);
    List<Availability> released = List.of(Availability.AVAILABLE, Availability.PARTIAL);
    String size = ":" + name + "Size";
    where.append(
        switch (wanted) {
          case AVAILABLE -> " and " + countOf(name, available, params) + " = " + size;
          case NOT_AVAILABLE -> " and " + countOf(name, withheld, params) + " = " + size;
          case PARTIAL ->
              " and "
                  + countOf(name, released, params)
                  + " > 0 and "
                  + countOf(name, available, params)
                  + " < "
                  + size;
          case UNKNOWN ->
              " and "
                  + countOf(name, released, params)
                  + " = 0 and "
                  + countOf(name, withheld, params)
                  + " < "
                  + size;
        });
    params.put(name + "Kinds", names(kinds));
    params.put(name + "Size", (long) kinds.size());
  }

  /** A subquery counting the model's components of the summary's kinds in these states. */
  private static String countOf(
      String name, List<Availability> states, Map<String, Object> params) {
    String statesParam = name + states.stream().map(Enum::name).reduce("", String::concat);
    params.put(statesParam, names(states));
    return "(select count(*) from component c where c.model_id = m.id and c.kind = any(:"
        + name
        + "Kinds) and c.availability = any(:"
        + statesParam
        + "))";
  }

  private static String[] names(List<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).toArray(String[]::new);
  }
}
