package org.modelterms.sources;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.modelterms.persistence.SqlRow;
import org.modelterms.sources.api.Citation;
import org.modelterms.sources.api.Source;

@ApplicationScoped
@Transactional
/** Reads sources and the citations of many subjects at once. */
public class SourceQueries {

  /** Citations of many subjects of one kind, in one query, by subject key. */
  public Map<Long, List<Citation>> citations(CitationSubject subject, List<Long> keys) {
    return citations(Map.of(subject, keys)).getOrDefault(subject, new HashMap<>());
  }

  /**
   * Citations of subjects of several kinds, in one query: for each kind asked, by subject key, in
   * the order they were recorded. No query when no kind has keys.
   *
   * <p>Native SQL with one array parameter per kind (not HQL with {@code in} lists): its text
   * depends only on the kinds asked, so Hibernate and PostgreSQL reuse its plan whatever the number
   * of keys, and rows are read without entities.
   */
  public Map<CitationSubject, Map<Long, List<Citation>>> citations(
      Map<CitationSubject, ? extends Collection<Long>> keys) {
    Map<CitationSubject, Map<Long, List<Citation>>> result = new EnumMap<>(CitationSubject.class);
    Map<CitationSubject, Set<Long>> wanted = new EnumMap<>(CitationSubject.class);
    keys.forEach(
        (subject, ofSubject) -> {
          result.put(subject, new HashMap<>());
          wanted.put(subject, new HashSet<>(ofSubject));
        });
    if (wanted.values().stream().allMatch(Set::isEmpty)) {
      return result;
    }
    List<CitationSubject> asked = List.copyOf(wanted.keySet());
    StringBuilder sql = new StringBuilder("select ");
    for (CitationSubject subject : asked) {
      sql.append("c.").append(subject.column).append(", ");
    }
    sql.append(CITATION_COLUMNS)
        .append(" from citation c join source s on s.id = c.source_id where ");
    sql.append(
        String.join(
            " or ",
            asked.stream().map(s -> "c." + s.column + " = any(:" + s.column + ")").toList()));
    sql.append(" order by c.id");
    Query query = Panache.getEntityManager().createNativeQuery(sql.toString());
    for (CitationSubject subject : asked) {
      query.setParameter(subject.column, wanted.get(subject).toArray(Long[]::new));
    }
    for (SqlRow row : SqlRow.list(query)) {
      Citation citation = citation(row);
      for (CitationSubject subject : asked) {
        Long key = row.numberOrNull(subject.column);
        if (key != null && wanted.get(subject).contains(key)) {
          result.get(subject).computeIfAbsent(key, k -> new ArrayList<>()).add(citation);
        }
      }
    }
    return result;
  }

  /** What {@link #citation(SqlRow)} reads, after the subject columns. */
  private static final String CITATION_COLUMNS =
      "c.field, c.quote, s.id as source_id, s.url, s.title, s.publisher, s.published_on,"
          + " s.retrieved_on, s.confidence";

  private static Citation citation(SqlRow row) {
    return new Citation(
        new Source(
            row.number("source_id"),
            row.string("url"),
            row.string("title"),
            row.string("publisher"),
            row.date("published_on"),
            row.date("retrieved_on"),
            Confidence.valueOf(row.string("confidence"))),
        row.string("field"),
        row.string("quote"));
  }

  /** Citations in the order of the keys, for {@code @Source} batch resolvers. */
  public List<List<Citation>> citationsInOrder(CitationSubject subject, List<Long> keys) {
    Map<Long, List<Citation>> found = citations(subject, keys);
    return keys.stream().map(k -> found.getOrDefault(k, List.of())).toList();
  }

  public Optional<Source> byKey(long key) {
    return SourceEntity.<SourceEntity>findByIdOptional(key).map(SourceQueries::toApi);
  }

  static Citation toApi(CitationEntity c) {
    return new Citation(toApi(c.source), c.field, c.quote);
  }

  static Source toApi(SourceEntity s) {
    return new Source(
        s.id, s.url, s.title, s.publisher, s.publishedOn, s.retrievedOn, s.confidence);
  }
}
