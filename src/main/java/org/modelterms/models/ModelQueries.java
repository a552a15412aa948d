package org.modelterms.models;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.modelterms.graphql.InvalidArgumentException;
import org.modelterms.graphql.Like;
import org.modelterms.graphql.Paging;
import org.modelterms.licenses.LicenseService;
import org.modelterms.licenses.api.License;
import org.modelterms.models.api.Model;
import org.modelterms.models.api.ModelConnection;
import org.modelterms.models.api.ModelEdge;
import org.modelterms.models.api.ModelFilter;
import org.modelterms.models.api.ModelOrder;
import org.modelterms.models.api.ModelOrderField;
import org.modelterms.models.api.OrderDirection;

/** Reads models: single lookups, filtered pages, and the batches nested fields need. */
@ApplicationScoped
@Transactional
public class ModelQueries {

  /** Models without a release date sort as if released on this day. */
  private static final LocalDate NO_DATE = LocalDate.of(1, 1, 1);

  private static final ModelOrder DEFAULT_ORDER =
      new ModelOrder(ModelOrderField.SLUG, OrderDirection.ASC);

  @Inject LicenseService licenses;
  @Inject VerdictIndex verdicts;

  /** A model by slug or Hugging Face id (ignoring case); exactly one must be given. */
  public Optional<Model> find(String slug, String huggingFaceId) {
    if ((slug == null) == (huggingFaceId == null)) {
      throw new InvalidArgumentException("Give exactly one of `slug` and `huggingFaceId`.");
    }
    return slug != null ? bySlug(slug) : byHuggingFaceId(huggingFaceId);
  }

  /** A model by slug or Hugging Face id (told apart by the slash). */
  public Optional<Model> findByIdentifier(String identifier) {
    if (identifier == null || identifier.isBlank() || identifier.length() > 200) {
      return Optional.empty();
    }
    String id = identifier.strip();
    return id.contains("/") ? byHuggingFaceId(id) : bySlug(id);
  }

  private static Optional<Model> bySlug(String slug) {
    return ModelRows.models("m.slug = :slug", Map.of("slug", slug.strip().toLowerCase(Locale.ROOT)))
        .stream()
        .findFirst();
  }

  private static Optional<Model> byHuggingFaceId(String huggingFaceId) {
    return ModelRows.models(
            "lower(m.hugging_face_id) = :id",
            Map.of("id", huggingFaceId.strip().toLowerCase(Locale.ROOT)))
        .stream()
        .findFirst();
  }

  /**
   * Models by slug or Hugging Face id, in the order asked; identifiers matching none go to unknown.
   */
  public void findByIdentifiers(List<String> identifiers, List<Model> found, List<String> unknown) {
    List<String> slugs = new ArrayList<>();
    List<String> huggingFaceIds = new ArrayList<>();
    for (String id : identifiers) {
      (id.contains("/") ? huggingFaceIds : slugs).add(id.strip().toLowerCase(Locale.ROOT));
    }
    Map<String, Model> byIdentifier = new HashMap<>();
    ModelRows.models(
            "m.slug = any(:slugs) or lower(m.hugging_face_id) = any(:ids)",
            Map.of(
                "slugs",
                slugs.toArray(String[]::new),
                "ids",
                huggingFaceIds.toArray(String[]::new)))
        .forEach(
            m -> {
              byIdentifier.put(m.slug(), m);
              if (m.huggingFaceId() != null) {
                byIdentifier.put(m.huggingFaceId().toLowerCase(Locale.ROOT), m);
              }
            });
    for (String id : identifiers) {
      Model m = byIdentifier.get(id.strip().toLowerCase(Locale.ROOT));
      if (m == null) {
        unknown.add(id);
      } else if (found.stream().noneMatch(f -> f.key() == m.key())) {
        found.add(m);
      }
    }
  }

  public Optional<Model> byKey(long key) {
    return ModelRows.models("m.id = :key", Map.of("key", key)).stream().findFirst();
  }

  /** Models by key, in the order of the keys (null where there is none). */
  public List<Model> byKeys(List<Long> keys) {
    Map<Long, Model> found = new HashMap<>();
    Long[] present = keys.stream().filter(k -> k != null).distinct().toArray(Long[]::new);
    if (present.length > 0) {
      ModelRows.models("m.id = any(:keys)", Map.of("keys", present))
          .forEach(m -> found.put(m.key(), m));
    }
    return keys.stream().map(k -> k == null ? null : found.get(k)).toList();
  }

  /** The models derived from each of the given models, in one query. */
  public List<List<Model>> derivedFrom(List<Long> baseKeys) {
    Map<Long, List<Model>> byBase = new HashMap<>();
    ModelRows.models(
            "m.base_model_id = any(:keys) order by m.slug",
            Map.of("keys", baseKeys.toArray(Long[]::new)))
        .forEach(m -> byBase.computeIfAbsent(m.baseModelKey(), k -> new ArrayList<>()).add(m));
    return baseKeys.stream().map(k -> byBase.getOrDefault(k, List.of())).toList();
  }

  /** The licences each model's own licence expression names, in one query. */
  public List<List<License>> licensesOf(List<Long> modelKeys) {
    Map<Long, List<Long>> licenseKeys = new HashMap<>();
    ModelEntity.getEntityManager()
        .createQuery(
            "select m.id, l.id from ModelEntity m join m.licenses l where m.id in ?1",
            Object[].class)
        .setParameter(1, modelKeys)
        .getResultList()
        .forEach(
            row ->
                licenseKeys
                    .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add((Long) row[1]));
    List<Long> all = licenseKeys.values().stream().flatMap(List::stream).distinct().toList();
    Map<Long, License> byKey = new HashMap<>();
    if (!all.isEmpty()) {
      licenses.byKeys(all).forEach(l -> byKey.put(l.key(), l));
    }
    return modelKeys.stream()
        .map(k -> licenseKeys.getOrDefault(k, List.of()).stream().map(byKey::get).toList())
        .toList();
  }

  public ModelConnection list(ModelFilter filter, ModelOrder order, Integer first, String after) {
    int size = Paging.pageSize(first);
    if (filter != null && filter.readsVerdicts()) {
      verdicts.ensureFresh();
    }
    ModelOrder by = order == null ? DEFAULT_ORDER : order;
    Paging.Cursor cursor = Paging.Cursor.decode(after);
    StringBuilder where = new StringBuilder();
    Parameters params = new Parameters();
    appendFilter(filter, where, params);
    String sortExpression = sortExpression(by.field());
    String direction = by.direction() == OrderDirection.DESC ? "desc" : "asc";
    if (cursor != null) {
      String comparison = by.direction() == OrderDirection.DESC ? "<" : ">";
      where
          .append(" and (")
          .append(sortExpression)
          .append(' ')
          .append(comparison)
          .append(" :afterValue or (")
          .append(sortExpression)
          .append(" = :afterValue and m.id ")
          .append(comparison)
          .append(" :afterId))");
      params.and("afterValue", cursorValue(by.field(), cursor)).and("afterId", cursor.key());
    }
    if (by.field() == ModelOrderField.RELEASED_ON) {
      params.and("noDate", NO_DATE);
    }
    TypedQuery<Long> page =
        ModelEntity.getEntityManager()
            .createQuery(
                "select m.id from ModelEntity m where 1 = 1"
                    + where
                    + " order by "
                    + sortExpression
                    + " "
                    + direction
                    + ", m.id "
                    + direction,
                Long.class)
            .setMaxResults(size + 1);
    params.map().forEach(page::setParameter);
    List<Model> models = byKeys(page.getResultList());
    Paging.Slice<Model> slice = Paging.Slice.of(models, size, cursor != null);
    List<ModelEdge> edges =
        slice.items().stream()
            .map(m -> new ModelEdge(cursorOf(by.field(), m).encode(), m))
            .toList();
    return new ModelConnection(edges, slice.pageInfo(m -> cursorOf(by.field(), m)), filter);
  }

  public long count(ModelFilter filter) {
    if (filter != null && filter.readsVerdicts()) {
      verdicts.ensureFresh();
    }
    StringBuilder where = new StringBuilder();
    Parameters params = new Parameters();
    appendFilter(filter, where, params);
    return ModelEntity.count("from ModelEntity m where 1 = 1" + where, params);
  }

  private static String sortExpression(ModelOrderField field) {
    return switch (field) {
      case SLUG -> "m.slug";
      case NAME -> "lower(m.name)";
      case RELEASED_ON -> "coalesce(m.releasedOn, :noDate)";
    };
  }

  private static Object cursorValue(ModelOrderField field, Paging.Cursor cursor) {
    if (field != ModelOrderField.RELEASED_ON) {
      return cursor.sortValue();
    }
    try {
      return LocalDate.parse(cursor.sortValue());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidArgumentException("`after` is not a cursor of this ordering.");
    }
  }

  private static Paging.Cursor cursorOf(ModelOrderField field, Model m) {
    String value =
        switch (field) {
          case SLUG -> m.slug();
          case NAME -> m.name().toLowerCase(Locale.ROOT);
          case RELEASED_ON -> (m.releasedOn() == null ? NO_DATE : m.releasedOn()).toString();
        };
    return new Paging.Cursor(value, m.key());
  }

  private void appendFilter(ModelFilter filter, StringBuilder where, Parameters params) {
    if (filter == null) {
      return;
    }
    if (filter.provider() != null) {
      where.append(" and m.provider.slug = :provider");
      params.and("provider", filter.provider().strip().toLowerCase(Locale.ROOT));
    }
    if (filter.license() != null) {
      // An unknown licence matches nothing rather than everything.
      long licenseKey = licenses.find(filter.license()).map(License::key).orElse(-1L);
      where.append(
          " and (exists (select 1 from ModelEntity m2 join m2.licenses l where m2 = m and l.id"
              + " = :license) or exists (select 1 from ComponentEntity c join c.licenses l"
              + " where c.model = m and l.id = :license))");
      params.and("license", licenseKey);
    }
    if (filter.modality() != null) {
      where.append(" and m.modality = :modality");
      params.and("modality", filter.modality());
    }
    if (filter.releasedFrom() != null) {
      where.append(" and m.releasedOn >= :releasedFrom");
      params.and("releasedFrom", filter.releasedFrom());
    }
    if (filter.releasedBefore() != null) {
      where.append(" and m.releasedOn < :releasedBefore");
      params.and("releasedBefore", filter.releasedBefore());
    }
    if (filter.search() != null && !filter.search().isBlank()) {
      where.append(
          " and (lower(m.name) like :search or m.slug like :search"
              + " or lower(m.huggingFaceId) like :search)");
      params.and("search", Like.containing(filter.search()));
    }
    if (filter.baseModel() != null) {
      long baseKey =
          ModelLookup.bySlugOrHuggingFaceId(filter.baseModel()).map(b -> b.id).orElse(-1L);
      where.append(" and m.baseModel.id = :base");
      params.and("base", baseKey);
    }
    if (filter.osaid() != null) {
      where.append(
          " and exists (select 1 from ModelAssessmentEntity a where a.modelId = m.id and"
              + " a.osaidVerdict = :osaid)");
      params.and("osaid", filter.osaid());
    }
    if (filter.mofClass() != null) {
      where.append(
          " and exists (select 1 from ModelAssessmentEntity a where a.modelId = m.id and"
              + " a.mofClass = :mofClass)");
      params.and("mofClass", filter.mofClass());
    }
    if (filter.country() != null) {
      where.append(" and m.provider.country = :country");
      params.and("country", filter.country().strip().toUpperCase(Locale.ROOT));
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
      Parameters params) {
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
    params.and(name + "Kinds", kinds).and(name + "Size", (long) kinds.size());
  }

  /** A subquery counting the model's components of the summary's kinds in these states. */
  private static String countOf(String name, List<Availability> states, Parameters params) {
    String statesParam = name + states.stream().map(Enum::name).reduce("", String::concat);
    params.and(statesParam, states);
    return "(select count(c) from ComponentEntity c where c.model = m and c.kind in :"
        + name
        + "Kinds and c.availability in :"
        + statesParam
        + ")";
  }
}
