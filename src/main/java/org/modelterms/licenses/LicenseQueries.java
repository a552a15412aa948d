package org.modelterms.licenses;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.modelterms.licenses.api.License;
import org.modelterms.licenses.api.LicenseConnection;
import org.modelterms.licenses.api.LicenseEdge;
import org.modelterms.licenses.api.LicenseFilter;
import org.modelterms.persistence.Like;
import org.modelterms.shared.errors.Problems;
import org.modelterms.shared.errors.UserErrorCode;
import org.modelterms.shared.paging.Paging;

/** Reads licences and checks licence expressions against the licences the registry knows. */
@ApplicationScoped
@Transactional
public class LicenseQueries {

  @Inject LicenseCache cache;

  /**
   * Finds a licence by SPDX id, LicenseRef id, Hugging Face licence id or ScanCode key (with or
   * without {@code LicenseRef-scancode-}), ignoring case.
   *
   * @return empty when no licence has that identifier
   */
  public Optional<License> find(String identifier) {
    return findEntity(identifier).map(l -> toApi(List.of(l)).get(0));
  }

  public Optional<LicenseEntity> findEntity(String identifier) {
    if (identifier == null || identifier.isBlank() || identifier.length() > 100) {
      return Optional.empty();
    }
    String lower = identifier.strip().toLowerCase(Locale.ROOT);
    Optional<LicenseEntity> byKey =
        LicenseEntity.find("lower(key) = ?1", lower).firstResultOptional();
    if (byKey.isPresent()) {
      return byKey;
    }
    return LicenseAliasEntity.<LicenseAliasEntity>find(
            "select a from LicenseAliasEntity a join fetch a.license"
                + " where (a.scheme = ?1 and lower(a.alias) = ?2)"
                + " or (a.scheme = ?3 and lower(a.alias) = ?4) order by a.scheme",
            AliasScheme.HUGGING_FACE,
            lower,
            AliasScheme.SCANCODE,
            LicenseIdentities.withoutScancodePrefix(lower))
        .firstResultOptional()
        .map(a -> a.license);
  }

  public Optional<License> byKey(long key) {
    return LicenseEntity.<LicenseEntity>findByIdOptional(key).map(l -> toApi(List.of(l)).get(0));
  }

  /**
   * The licences with the given keys, in the order of the keys (null where there is none), from
   * {@link LicenseCache} when it has them; callers outside a transaction use {@link
   * LicenseCache#byKeys} to spare one when every licence is cached.
   */
  public List<License> byKeys(List<Long> keys) {
    return cache.byKeys(keys, this::read);
  }

  /** Reads licences (no cache), with a transaction when the caller has none. */
  public List<License> read(List<Long> keys) {
    return toApi(LicenseEntity.list("id in ?1", keys));
  }

  public LicenseConnection list(LicenseFilter filter, Integer first, String after) {
    int size = Paging.pageSize(first);
    Paging.Cursor cursor = Paging.Cursor.decode(after);
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters params = new Parameters();
    appendFilter(filter, where, params);
    if (cursor != null) {
      where.append(" and (lower(key) > :afterKey or (lower(key) = :afterKey and id > :afterId))");
      params.and("afterKey", cursor.sortValue()).and("afterId", cursor.key());
    }
    List<LicenseEntity> rows =
        LicenseEntity.<LicenseEntity>find(
                "from LicenseEntity where " + where + " order by lower(key), id", params)
            .range(0, size)
            .list();
    Paging.Slice<License> slice = Paging.Slice.of(toApi(rows), size, cursor != null);
    List<LicenseEdge> edges =
        slice.items().stream().map(l -> new LicenseEdge(cursorOf(l).encode(), l)).toList();
    return new LicenseConnection(edges, slice.pageInfo(LicenseQueries::cursorOf), filter);
  }

  public long count(LicenseFilter filter) {
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters params = new Parameters();
    appendFilter(filter, where, params);
    return LicenseEntity.count(where.toString(), params);
  }

  private static void appendFilter(LicenseFilter filter, StringBuilder where, Parameters params) {
    if (filter == null) {
      return;
    }
    if (filter.osiApproved() != null) {
      where.append(" and osiApproved = :osi");
      params.and("osi", filter.osiApproved());
    }
    if (filter.kind() != null) {
      where.append(" and kind = :kind");
      params.and("kind", filter.kind());
    }
    if (filter.spdxListed() != null) {
      where.append(" and spdxListed = :listed");
      params.and("listed", filter.spdxListed());
    }
    if (filter.search() != null && !filter.search().isBlank()) {
      where.append(" and (lower(key) like :search or lower(name) like :search)");
      params.and("search", Like.containing(filter.search()));
    }
  }

  private static Paging.Cursor cursorOf(License license) {
    return new Paging.Cursor(license.identifier().toLowerCase(Locale.ROOT), license.key());
  }

  /**
   * Checks an expression: its syntax, and that each id is an SPDX-listed licence or exception or a
   * registered LicenseRef. Problems are added under {@code field}; returns null if any.
   */
  public ResolvedExpression resolve(String expression, Problems problems, String... field) {
    if (expression == null || expression.isBlank()) {
      return null;
    }
    SpdxExpression parsed;
    try {
      parsed = SpdxExpression.parse(expression);
    } catch (SpdxExpression.SyntaxException e) {
      problems.add(
          UserErrorCode.INVALID_LICENSE_EXPRESSION,
          "Not an SPDX licence expression: " + e.getMessage() + ".",
          field);
      return null;
    }
    Map<String, LicenseEntity> byLowerKey = new LinkedHashMap<>();
    List<String> lowerIds =
        parsed.licenseIds().stream().map(id -> id.toLowerCase(Locale.ROOT)).toList();
    LicenseEntity.<LicenseEntity>list("lower(key) in ?1", lowerIds)
        .forEach(l -> byLowerKey.put(l.key.toLowerCase(Locale.ROOT), l));
    boolean ok = true;
    for (String id : parsed.licenseIds()) {
      if (!byLowerKey.containsKey(id.toLowerCase(Locale.ROOT))) {
        ok = false;
        problems.add(
            UserErrorCode.UNKNOWN_LICENSE,
            "\""
                + id
                + "\" is neither on the SPDX License List nor a registered LicenseRef licence.",
            field);
      }
    }
    SpdxLicenseList spdx = SpdxLicenseList.bundled();
    for (String exception : parsed.exceptionIds()) {
      if (spdx.exception(exception) == null) {
        ok = false;
        problems.add(
            UserErrorCode.UNKNOWN_LICENSE,
            "\"" + exception + "\" is not an SPDX licence exception.",
            field);
      }
    }
    if (!ok) {
      return null;
    }
    String canonical =
        parsed.render(id -> byLowerKey.get(id.toLowerCase(Locale.ROOT)).key, spdx::exception);
    List<LicenseEntity> licenses = new ArrayList<>();
    parsed.licenseIds().forEach(id -> licenses.add(byLowerKey.get(id.toLowerCase(Locale.ROOT))));
    return new ResolvedExpression(canonical, List.copyOf(licenses));
  }

  /** Maps entities to API types, fetching their aliases in one query. */
  public List<License> toApi(Collection<LicenseEntity> licenses) {
    if (licenses.isEmpty()) {
      return List.of();
    }
    Map<Long, Map<AliasScheme, List<String>>> aliases = new HashMap<>();
    List<Long> ids = licenses.stream().map(l -> l.id).toList();
    LicenseAliasEntity.<LicenseAliasEntity>list("license.id in ?1 order by alias", ids)
        .forEach(
            a ->
                aliases
                    .computeIfAbsent(a.license.id, k -> new EnumMap<>(AliasScheme.class))
                    .computeIfAbsent(a.scheme, k -> new ArrayList<>())
                    .add(a.alias));
    return licenses.stream()
        .map(
            l -> {
              Map<AliasScheme, List<String>> names = aliases.getOrDefault(l.id, Map.of());
              return new License(
                  l.id,
                  l.key,
                  l.name,
                  l.kind,
                  l.spdxListed,
                  l.osiApproved,
                  l.fsfLibre,
                  l.deprecated,
                  l.url,
                  names.getOrDefault(AliasScheme.HUGGING_FACE, List.of()),
                  names.getOrDefault(AliasScheme.SCANCODE, List.of()),
                  l.scancodeCategory,
                  names.getOrDefault(AliasScheme.TEXT_URL, List.of()),
                  l.version);
            })
        .toList();
  }
}
