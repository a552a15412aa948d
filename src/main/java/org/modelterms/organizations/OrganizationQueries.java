package org.modelterms.organizations;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.modelterms.organizations.api.Organization;
import org.modelterms.organizations.api.OrganizationConnection;
import org.modelterms.organizations.api.OrganizationEdge;
import org.modelterms.persistence.Like;
import org.modelterms.shared.errors.UserError;
import org.modelterms.shared.errors.UserErrorCode;
import org.modelterms.shared.errors.UserErrorsException;
import org.modelterms.shared.paging.Paging;

/** Reads organisations: one, many by key, or a page of a search. */
@ApplicationScoped
@Transactional
public class OrganizationQueries {

  public Optional<Organization> bySlug(String slug) {
    return entityBySlug(slug).map(OrganizationQueries::toApi);
  }

  /** The organisation with the given slug, for other services that refer to one. */
  public Optional<OrganizationEntity> entityBySlug(String slug) {
    if (slug == null || slug.isBlank()) {
      return Optional.empty();
    }
    return OrganizationEntity.find("slug", slug.strip().toLowerCase(Locale.ROOT))
        .firstResultOptional();
  }

  public Optional<Organization> byKey(long key) {
    return OrganizationEntity.<OrganizationEntity>findByIdOptional(key)
        .map(OrganizationQueries::toApi);
  }

  /** Organisations by key, in the order of the keys (null where there is none). */
  public List<Organization> byKeys(List<Long> keys) {
    Map<Long, Organization> found = new HashMap<>();
    OrganizationEntity.<OrganizationEntity>list("id in ?1", keys)
        .forEach(o -> found.put(o.id, toApi(o)));
    return keys.stream().map(found::get).toList();
  }

  public OrganizationConnection list(String search, Integer first, String after) {
    int size = Paging.pageSize(first);
    Paging.Cursor cursor = Paging.Cursor.decode(after);
    StringBuilder where = new StringBuilder(searchClause(search));
    Parameters params = searchParams(search);
    if (cursor != null) {
      where.append(" and slug > :after");
      params.and("after", cursor.sortValue());
    }
    List<Organization> rows =
        OrganizationEntity.<OrganizationEntity>find(
                "from OrganizationEntity where " + where + " order by slug", params)
            .range(0, size)
            .list()
            .stream()
            .map(OrganizationQueries::toApi)
            .toList();
    Paging.Slice<Organization> slice = Paging.Slice.of(rows, size, cursor != null);
    return new OrganizationConnection(
        slice.items().stream().map(o -> new OrganizationEdge(cursorOf(o).encode(), o)).toList(),
        slice.pageInfo(OrganizationQueries::cursorOf),
        search);
  }

  public long count(String search) {
    return OrganizationEntity.count(searchClause(search), searchParams(search));
  }

  private static String searchClause(String search) {
    return search == null || search.isBlank()
        ? "1 = 1"
        : "(lower(name) like :search or slug like :search)";
  }

  private static Parameters searchParams(String search) {
    Parameters params = new Parameters();
    if (search != null && !search.isBlank()) {
      params.and("search", Like.containing(search));
    }
    return params;
  }

  private static Paging.Cursor cursorOf(Organization organization) {
    return new Paging.Cursor(organization.slug(), organization.key());
  }

  static UserErrorsException notFound(String... field) {
    return new UserErrorsException(
        UserError.of(UserErrorCode.NOT_FOUND, "No organisation has this slug.", field));
  }

  public static Organization toApi(OrganizationEntity e) {
    return new Organization(e.id, e.slug, e.name, e.country, e.website, e.version);
  }
}
