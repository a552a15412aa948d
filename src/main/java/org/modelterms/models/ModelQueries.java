package org.modelterms.models;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.modelterms.licenses.LicenseQueries;
import org.modelterms.licenses.api.License;
import org.modelterms.models.api.Model;
import org.modelterms.models.api.ModelConnection;
import org.modelterms.models.api.ModelEdge;
import org.modelterms.models.api.ModelFilter;
import org.modelterms.models.api.ModelOrder;
import org.modelterms.models.api.ModelOrderField;
import org.modelterms.models.api.OrderDirection;
import org.modelterms.persistence.KeyPairs;
import org.modelterms.shared.errors.InvalidArgumentException;
import org.modelterms.shared.paging.Paging;

/** Reads models: single lookups, filtered pages, and the batches nested fields need. */
@ApplicationScoped
@Transactional
public class ModelQueries {

  /** Models without a release date sort as if released on this day. */
  private static final LocalDate NO_DATE = LocalDate.of(1, 1, 1);

  private static final ModelOrder DEFAULT_ORDER =
      new ModelOrder(ModelOrderField.SLUG, OrderDirection.ASC);

  @Inject LicenseQueries licenses;
  @Inject StoredOpenness verdicts;

  /** A model by slug or Hugging Face id (ignoring case); exactly one must be given. */
  public Optional<Model> find(String slug, String huggingFaceId) {
    if ((slug == null) == (huggingFaceId == null)) {
      throw new InvalidArgumentException("Give exactly one of `slug` and `huggingFaceId`.");
    }
    // The model page: its components come in the same statement (one round trip less).
    return slug != null ? bySlug(slug, true) : byHuggingFaceId(huggingFaceId, true);
  }

  /** A model by slug or Hugging Face id (see {@link ModelIdentifier}). */
  public Optional<Model> findByIdentifier(String identifier) {
    return ModelIdentifier.parse(identifier)
        .flatMap(
            id ->
                id.isHuggingFaceId()
                    ? byHuggingFaceId(id.huggingFaceId(), false)
                    : bySlug(id.slug(), false));
  }

  private static Optional<Model> bySlug(String slug, boolean withComponents) {
    return one("m.slug = :slug", Map.of("slug", ModelIdentifier.normalised(slug)), withComponents);
  }

  private static Optional<Model> byHuggingFaceId(String huggingFaceId, boolean withComponents) {
    return one(
        "lower(m.hugging_face_id) = :id",
        Map.of("id", ModelIdentifier.normalised(huggingFaceId)),
        withComponents);
  }

  private static Optional<Model> one(
      String condition, Map<String, Object> params, boolean withComponents) {
    return (withComponents
            ? ModelRows.modelsWithComponents(condition, params)
            : ModelRows.models(condition, params))
        .stream().findFirst();
  }

  /**
   * Models by slug or Hugging Face id, in the order asked; identifiers matching none go to unknown.
   */
  public void findByIdentifiers(List<String> identifiers, List<Model> found, List<String> unknown) {
    List<String> slugs = new ArrayList<>();
    List<String> huggingFaceIds = new ArrayList<>();
    for (String text : identifiers) {
      ModelIdentifier.parse(text)
          .ifPresent(
              id -> {
                if (id.isHuggingFaceId()) {
                  huggingFaceIds.add(id.huggingFaceId());
                } else {
                  slugs.add(id.slug());
                }
              });
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
                byIdentifier.put(ModelIdentifier.normalised(m.huggingFaceId()), m);
              }
            });
    for (String id : identifiers) {
      Model m = byIdentifier.get(ModelIdentifier.normalised(id));
      if (m == null) {
        unknown.add(id);
      } else if (found.stream().noneMatch(f -> f.key() == m.key())) {
        found.add(m);
      }
    }
  }

  /**
   * Models whose name (ignoring case) or slug is one of the texts, each with its provider: a bill
   * of materials names a model as its publisher does, and the caller tells same-named models apart
   * by their provider.
   */
  public List<Model> findByNames(Collection<String> names) {
    String[] lower =
        names.stream().map(ModelIdentifier::normalised).distinct().toArray(String[]::new);
    if (lower.length == 0) {
      return List.of();
    }
    return ModelRows.models(
        "lower(m.name) = any(:names) or m.slug = any(:names)", Map.of("names", lower));
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
    Map<Long, List<Long>> licenseKeys =
        KeyPairs.grouped(
            ModelEntity.getEntityManager()
                .createQuery(
                    "select m.id, l.id from ModelEntity m join m.licenses l where m.id in ?1",
                    Object[].class)
                .setParameter(1, modelKeys)
                .getResultList());
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
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    ModelFilterSql.append(filter, where, params, licenses);
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
      params.put("afterValue", cursorValue(by.field(), cursor));
      params.put("afterId", cursor.key());
    }
    if (by.field() == ModelOrderField.RELEASED_ON) {
      params.put("noDate", NO_DATE);
    }
    where
        .append(" order by ")
        .append(sortExpression)
        .append(' ')
        .append(direction)
        .append(", m.id ")
        .append(direction)
        .append(" limit :limit");
    params.put("limit", size + 1);
    List<Model> models = ModelRows.models(where.toString(), params);
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
    Map<String, Object> params = new HashMap<>();
    ModelFilterSql.append(filter, where, params, licenses);
    Query query =
        ModelEntity.getEntityManager()
            .createNativeQuery(
                "select count(*) from model m join organization p on p.id = m.provider_id"
                    + " where 1 = 1"
                    + where);
    params.forEach(query::setParameter);
    return ((Number) query.getSingleResult()).longValue();
  }

  private static String sortExpression(ModelOrderField field) {
    return switch (field) {
      case SLUG -> "m.slug";
      case NAME -> "lower(m.name)";
      case RELEASED_ON -> "coalesce(m.released_on, :noDate)";
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
}
